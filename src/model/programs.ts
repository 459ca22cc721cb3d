// The tariff programs as data, one row each: what the law charges, on what, for whom, since when. The simulation
// loops over this table; the scenario's rates, the controls, link names, CSV columns, chart colours and translation
// keys are keyed by its ids, and programDocs.ts holds each row's stacking rule, data columns and sources (a test
// fails when any of them is missing).
import type { Country, Metal, MetalsBasis, ResidualShares, Sector } from './types';

export type Authority = 'MFN' | 'IEEPA' | 'Section 122' | 'Section 232' | 'Section 301' | 'Section 338';

/**
 * How a program's duty is reckoned on a sector (one formula each in simulate.ts):
 * - `mfn`: the normal (column 1) duty on what does not claim USMCA;
 * - `countryWide`: the 2025 IEEPA tariffs, a rate per country and a reduced rate on the energy/potash list, on
 *   value outside Section 232 and USMCA;
 * - `residual`: a rate on value outside Section 232 and USMCA, less the program's exemption lists;
 * - `s232`: a rate on the program's scope (a heading, a metal's content, or the annex tiers);
 * - `basket`: a rate on listed baskets of goods, whether or not they claim USMCA, never on 232 goods.
 */
export type ProgramKind = 'mfn' | 'countryWide' | 'residual' | 's232' | 'basket';

/** The base a rate is charged on. */
export type Base = 'fullValue' | 'metalContentThenTiers' | 'nonUsContent';

/**
 * USMCA relief: none; vehicles pay on their non-US content; USMCA-qualifying goods exempt; goods entered duty-free
 * under USMCA (claiming it) exempt.
 */
export type UsmcaTreatment = 'none' | 'nonUsContent' | 'qualifyingExempt' | 'claimedExempt';

/** Which of a sector's USMCA shares applies to the program's goods. */
export type UsmcaShareKey = 'all' | 'non232' | 'autos' | 'autoParts' | 'mhdTrucks' | 'mhdParts';

export interface ProgramRow {
  /** Its rate's name in links (null: no single rate; the country-wide tariff has four settings of its own). */
  url: string | null;
  authority: Authority;
  countries: readonly Country[];
  kind: ProgramKind;
  base: Base;
  usmca: UsmcaTreatment;
  usmcaShare: UsmcaShareKey;
  /** The US-assembly offset is subtracted from its rate (autos and parts, MODEL.md rule 1). */
  offset: boolean;
  /** Dates in force (ISO); `to` null: still in force on the policy date. */
  inForce: { from: string; to: string | null };
  /** For a Section 232 metal program: which metal (its scope follows the metals rules in force). */
  metal?: Metal;
  /**
   * A column of sector_shares_2026.csv with the share of each sector's value on the program's list, for a program
   * that came after sectors.csv (its scope is `shares2026.scopes[id]`).
   */
  scopeColumn?: string;
  /** Share of listed value that pays (default 1): an assumption where the list is wider than what the law taxes. */
  payingShare?: number;
  /** Its colour in every chart (colour-blind-safe: Paul Tol's schemes). */
  color: string;
  /**
   * For a program on value outside Section 232 (the country-wide tariff, Section 122, 301): the share of a sector
   * it treats as covered by 232 under the metals rules in force, and the share of its base it exempts.
   */
  residualShares?: (sector: Sector, basis: MetalsBasis) => ResidualShares;
  /**
   * A 232 program whose goods the data's covered shares (s232_covered_share, s122_covered_share_*) leave out
   * of the other programs' base; false for one added later (pharmaceuticals), whose coverage counts on its own.
   */
  inCoveredShares?: boolean;
  /**
   * The product engine (products.ts): the 0/1 column of the product table (data/raw/products_2024.csv.gz) that
   * lists the program's lines (heading programs, pharmaceuticals, the Section 338 baskets' column holds a basket
   * name), or for a residual program the column of its exemption list.
   */
  productColumn?: string;
}

const BOTH: readonly Country[] = ['CA', 'MX'];

/** A Section 232 heading program (autos, parts, trucks, buses, wood). */
const heading = (
  url: string,
  color: string,
  from: string,
  usmca: UsmcaTreatment,
  usmcaShare: UsmcaShareKey,
  offset = false,
  productColumn = url,
): ProgramRow => ({
  url,
  productColumn,
  color,
  authority: 'Section 232',
  countries: BOTH,
  kind: 's232',
  base: usmca === 'nonUsContent' ? 'nonUsContent' : 'fullValue',
  usmca,
  usmcaShare,
  offset,
  inForce: { from, to: null },
  inCoveredShares: true,
});

/** A program on value outside Section 232 and USMCA, less its exemption lists (Section 122, forced-labour 301). */
const residual = (
  url: string,
  color: string,
  authority: Authority,
  from: string,
  to: string | null,
  residualShares: (sector: Sector, basis: MetalsBasis) => ResidualShares,
  productColumn: string,
): ProgramRow => ({
  url,
  productColumn,
  color,
  residualShares,
  authority,
  countries: BOTH,
  kind: 'residual',
  base: 'fullValue',
  usmca: 'claimedExempt',
  usmcaShare: 'non232',
  offset: false,
  inForce: { from, to },
});

/** A Section 232 metal: metal content until 5 Apr 2026, the annex tiers on full value from 6 Apr 2026. */
const metal = (m: Metal, color: string, from: string): ProgramRow => ({
  url: m,
  color,
  authority: 'Section 232',
  countries: BOTH,
  kind: 's232',
  base: 'metalContentThenTiers',
  usmca: 'none',
  usmcaShare: 'all',
  offset: false,
  inForce: { from, to: null },
  metal: m,
  inCoveredShares: true,
});

/**
 * Pharmaceuticals: the share of listed value that pays the 232 duty. Patented and generic drugs cannot be told apart
 * at HTS10: ASSUMPTION, the tracker's defaults for Canada and Mexico, generic share 20% and company-deal (exempt)
 * share 40%, so 0.8 x 0.6 = 48% of listed value pays (tariff-rate-tracker config/policy_params.yaml).
 */
export const PHARMA_PAYING_SHARE = (1 - 0.2) * (1 - 0.4);

export const PROGRAM_TABLE = {
  mfn: {
    url: null,
    color: '#7f7f7f',
    authority: 'MFN',
    countries: BOTH,
    kind: 'mfn',
    base: 'fullValue',
    usmca: 'claimedExempt',
    usmcaShare: 'all',
    offset: false,
    inForce: { from: '1994-01-01', to: null },
  },
  countryWide: {
    url: null,
    color: '#332288',
    authority: 'IEEPA',
    countries: BOTH,
    kind: 'countryWide',
    base: 'fullValue',
    usmca: 'qualifyingExempt',
    usmcaShare: 'non232',
    offset: false,
    // sectors.csv's covered share until 5 Apr 2026; the annex coverage after (no exemption list: the carve-out
    // is a reduced rate).
    residualShares: (x, b) => ({ covered: b === 'content' ? x.coveredShare : x.shares2026.s122[b].covered, exempt: 0 }),
    inForce: { from: '2025-03-04', to: '2026-02-23' },
  },
  steel: metal('steel', '#44aa99', '2025-03-12'),
  aluminum: metal('aluminum', '#88ccee', '2025-03-12'),
  copper: metal('copper', '#cc6677', '2025-08-01'),
  autos: heading('autos', '#882255', '2025-04-03', 'nonUsContent', 'autos', true),
  autoParts: heading('auto_parts', '#aa4499', '2025-05-03', 'qualifyingExempt', 'autoParts', true),
  mhdTrucks: heading('mhd_trucks', '#117733', '2025-11-01', 'nonUsContent', 'mhdTrucks'),
  mhdParts: heading('mhd_parts', '#999933', '2025-11-01', 'qualifyingExempt', 'mhdParts'),
  buses: heading('buses', '#ddcc77', '2025-11-01', 'none', 'all'),
  lumber: heading('lumber', '#bbcc33', '2025-10-14', 'none', 'all'),
  furniture: heading('furniture', '#ee8866', '2025-10-14', 'none', 'all', false, 'furniture_cabinets'),
  pharma: {
    url: 'pharma',
    color: '#ee3377',
    scopeColumn: 'pharma_scope_share',
    productColumn: 'pharma',
    payingShare: PHARMA_PAYING_SHARE,
    authority: 'Section 232',
    countries: BOTH,
    kind: 's232',
    base: 'fullValue',
    usmca: 'none',
    usmcaShare: 'all',
    offset: false,
    inForce: { from: '2026-07-31', to: null },
  },
  // Section 122 reads its own columns for each metals basis; forced-labour 301 its own (June coverage, its list).
  section122: residual(
    's122',
    '#0077bb',
    'Section 122',
    '2026-02-24',
    '2026-07-23',
    (x, b) => x.shares2026.s122[b],
    's122_exempt',
  ),
  forcedLabor301: residual(
    'fl301',
    '#ee7733',
    'Section 301',
    '2026-07-24',
    null,
    (x, b) => ({
      covered: b === 'annexJun' ? x.shares2026.fl301.covered : x.shares2026.s122[b].covered,
      exempt: x.shares2026.fl301.exempt,
    }),
    'fl301_exempt',
  ),
  section338: {
    url: 's338',
    color: '#cc3311',
    authority: 'Section 338',
    productColumn: 's338_basket',
    countries: ['CA'],
    kind: 'basket',
    base: 'fullValue',
    usmca: 'none',
    usmcaShare: 'all',
    offset: false,
    inForce: { from: '2026-08-22', to: null },
  },
} as const satisfies Record<string, ProgramRow>;

export type ProgramId = keyof typeof PROGRAM_TABLE;
/** Every program, in the order results and charts list them. */
export const PROGRAMS = Object.keys(PROGRAM_TABLE) as ProgramId[];
export const PROGRAM_ROWS: Readonly<Record<ProgramId, ProgramRow>> = PROGRAM_TABLE;

/** Programs whose rate is one scenario setting named by the program id (the country-wide tariff has four). */
export type RateProgramId = Exclude<ProgramId, 'mfn' | 'countryWide'>;
export const RATE_PROGRAMS = PROGRAMS.filter((p): p is RateProgramId => p !== 'mfn' && p !== 'countryWide');
/** Every program's rate at 0: where a scenario (a preset, an old link's defaults) starts, so a new row needs no edit there. */
export const ZERO_RATES = Object.freeze(Object.fromEntries(RATE_PROGRAMS.map((p) => [p, 0]))) as Readonly<
  Record<RateProgramId, number>
>;

/**
 * A Section 232 program's scope in a sector: the share of value that pays its rate (duty = rate x scope), and the
 * share of value it covers (kept out of the country-wide, Section 122 and 301 bases).
 */
export function scopeOf(id: RateProgramId, sector: Sector, metals: MetalsBasis): { pays: number; covers: number } {
  const row: ProgramRow = PROGRAM_ROWS[id];
  if (row.metal) {
    if (metals === 'content') {
      const x = sector.scope232[row.metal];
      return { pays: x, covers: x };
    }
    // Annex tiers: duty / (50% x value), so rate x share is the tiered duty; the coverage is the metal's part of
    // the full value in any tier, split by duty where a sector holds several metals.
    const eq = sector.shares2026.metalsEq50[metals];
    const all = eq.steel + eq.aluminum + eq.copper;
    const full = sector.shares2026.metalsCoveredFull[metals];
    return { pays: eq[row.metal], covers: all > 0 ? (full * eq[row.metal]) / all : 0 };
  }
  if (row.scopeColumn) {
    const x = sector.shares2026.scopes[id] ?? 0;
    return { pays: x * (row.payingShare ?? 1), covers: x };
  }
  if (id in sector.scope232) {
    const x = sector.scope232[id as keyof Sector['scope232']];
    return { pays: x, covers: x };
  }
  return { pays: 0, covers: 0 };
}
