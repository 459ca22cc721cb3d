// The tariff programs as data, one row each: what the law charges, on what, for whom, since when, and where the
// data and the law say so. The simulation loops over this table; the scenario's rates, the controls, link names,
// CSV columns, chart colours and translation keys are keyed by its ids (a test fails when one is missing).
import type { Country, Metal, MetalsBasis, Sector } from './types';

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
export type Base = 'fullValue' | 'metalContent' | 'metalContentThenTiers' | 'nonUsContent';

/**
 * USMCA relief: none; vehicles pay on their non-US content; USMCA-qualifying goods exempt; goods entered duty-free
 * under USMCA (claiming it) exempt.
 */
export type UsmcaTreatment = 'none' | 'nonUsContent' | 'qualifyingExempt' | 'claimedExempt';

/** Which of a sector's USMCA shares applies to the program's goods. */
export type UsmcaShareKey = 'all' | 'non232' | 'autos' | 'autoParts' | 'mhdTrucks' | 'mhdParts';

export interface Source {
  /** The instrument or data set, as cited. */
  label: string;
  /** Its public address, where it has a stable one. */
  url?: string;
}

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
  /** What it stacks with or replaces, in the law's terms. */
  stacking: string;
  /** The columns of data/raw that give its scope and exemptions per sector. */
  dataColumns: readonly string[];
  /** Dates in force (ISO); `to` null: still in force on the policy date. */
  inForce: { from: string; to: string | null };
  sources: readonly Source[];
  /** For a Section 232 metal program: which metal (its scope follows the metals rules in force). */
  metal?: Metal;
  /**
   * A 232 program whose goods the data's covered shares (s232_covered_share, s122_covered_share_*) leave out
   * of the other programs' base; false for one added later (pharmaceuticals), whose coverage counts on its own.
   */
  inCoveredShares?: boolean;
}

/** Federal Register documents by their document number. */
const fr = (doc: string, label: string): Source => ({ label, url: `https://www.federalregister.gov/d/${doc}` });
const TRACKER: Source = {
  label: 'Yale Budget Lab tariff-rate tracker (product lists, USMCA shares)',
  url: 'https://github.com/Budget-Lab-Yale/tariff-rate-tracker',
};
const HTS: Source = { label: 'Harmonized Tariff Schedule of the United States, 2026', url: 'https://hts.usitc.gov/' };

const heading = (
  url: string,
  from: string,
  column: string,
  usmca: UsmcaTreatment,
  usmcaShare: UsmcaShareKey,
  offset: boolean,
  sources: readonly Source[],
): ProgramRow => ({
  url,
  authority: 'Section 232',
  countries: ['CA', 'MX'],
  kind: 's232',
  base: usmca === 'nonUsContent' ? 'nonUsContent' : 'fullValue',
  usmca,
  usmcaShare,
  offset,
  stacking:
    'Replaces the country-wide tariff, Section 122 and forced-labour 301 on its goods; metals duties do not apply to them.',
  // Programs with USMCA relief read the USMCA share inside their own scope.
  dataColumns: usmca === 'none' ? [column] : [column, `usmca_${column.replace(/^s232_|_share$/g, '')}_2025h2`],
  inForce: { from, to: null },
  sources,
  inCoveredShares: true,
});

const metal = (m: Metal, from: string, sources: readonly Source[]): ProgramRow => ({
  url: m,
  authority: 'Section 232',
  countries: ['CA', 'MX'],
  kind: 's232',
  base: 'metalContentThenTiers',
  usmca: 'none',
  usmcaShare: 'all',
  offset: false,
  stacking:
    'Until 5 Apr 2026 on metal content; from 6 Apr 2026 on full value by annex tier (I-A full rate, I-B half, Annex III a 15% floor; I-C from 8 Jun 2026). Never with the country-wide tariff, Section 122 or 301.',
  dataColumns: [
    `s232_${m}_share`,
    `${m}_eq50_apr`,
    `${m}_eq50_jun`,
    'metals_covered_full_apr',
    'metals_covered_full_jun',
  ],
  inForce: { from, to: null },
  sources,
  metal: m,
  inCoveredShares: true,
});

export const PROGRAM_TABLE = {
  mfn: {
    url: null,
    authority: 'MFN',
    countries: ['CA', 'MX'],
    kind: 'mfn',
    base: 'fullValue',
    usmca: 'claimedExempt',
    usmcaShare: 'all',
    offset: false,
    stacking: 'The normal duty; every other program is in addition to it.',
    dataColumns: ['mfn_rate', 'mfn_rate_nonusmca_2024', 'mfn_rate_nonusmca_2025h2'],
    inForce: { from: '1994-01-01', to: null },
    sources: [HTS],
  },
  countryWide: {
    url: null,
    authority: 'IEEPA',
    countries: ['CA', 'MX'],
    kind: 'countryWide',
    base: 'fullValue',
    usmca: 'qualifyingExempt',
    usmcaShare: 'non232',
    offset: false,
    stacking: 'Not on goods under Section 232. Held unlawful on 20 Feb 2026 (Learning Resources v. Trump).',
    dataColumns: ['s232_covered_share', 'usmca_non232_2025h2', 'ca_energy_carveout_share', 'mx_potash_share'],
    inForce: { from: '2025-03-04', to: '2026-02-23' },
    sources: [
      { label: 'EO 14193 (Canada) and EO 14194 (Mexico), 1 Feb 2025; HTS 9903.01.01/.10' },
      { label: 'Learning Resources, Inc. v. Trump (2026): IEEPA tariffs held unlawful' },
    ],
  },
  steel: metal('steel', '2025-03-12', [
    { label: 'Proclamations 10895/10896 (25%, 12 Mar 2025), 10947 (50%, 4 Jun 2025)' },
    { label: 'Proclamation of 2 Apr 2026: metals annexes, US note 16(c)' },
    { label: 'Proclamation 11032 of 1 Jun 2026: Annex I-C' },
    TRACKER,
  ]),
  aluminum: metal('aluminum', '2025-03-12', [
    { label: 'Proclamations 10895/10896, 10947' },
    { label: 'Proclamation of 2 Apr 2026: metals annexes, US note 16(c)' },
    TRACKER,
  ]),
  copper: metal('copper', '2025-08-01', [
    { label: 'Proclamation of 30 Jul 2025: copper 50% (HTS 9903.78.01)' },
    { label: 'Proclamation of 2 Apr 2026: metals annexes, US note 16(c)' },
    TRACKER,
  ]),
  autos: heading('autos', '2025-04-03', 's232_autos_share', 'nonUsContent', 'autos', true, [
    { label: 'Proclamation 10908: Section 232 autos 25% (3 Apr 2025)' },
  ]),
  autoParts: heading('auto_parts', '2025-05-03', 's232_auto_parts_share', 'qualifyingExempt', 'autoParts', true, [
    { label: 'Proclamation 10908: auto parts 25% (3 May 2025)' },
  ]),
  mhdTrucks: heading('mhd_trucks', '2025-11-01', 's232_mhd_trucks_share', 'nonUsContent', 'mhdTrucks', false, [
    { label: 'Proclamation 10984 (90 FR 48451): MHD trucks and parts 25%, buses 10%' },
  ]),
  mhdParts: heading('mhd_parts', '2025-11-01', 's232_mhd_parts_share', 'qualifyingExempt', 'mhdParts', false, [
    { label: 'Proclamation 10984 (90 FR 48451)' },
  ]),
  buses: heading('buses', '2025-11-01', 's232_buses_share', 'none', 'all', false, [
    { label: 'Proclamation 10984 (90 FR 48451)' },
  ]),
  lumber: heading('lumber', '2025-10-14', 's232_lumber_share', 'none', 'all', false, [
    { label: 'Proclamation of 29 Sep 2025: lumber 10%, upholstered furniture and cabinets 25%' },
  ]),
  furniture: heading('furniture', '2025-10-14', 's232_furniture_share', 'none', 'all', false, [
    { label: 'Proclamation of 29 Sep 2025' },
  ]),
  pharma: {
    url: 'pharma',
    authority: 'Section 232',
    countries: ['CA', 'MX'],
    kind: 's232',
    base: 'fullValue',
    usmca: 'none',
    usmcaShare: 'all',
    offset: false,
    stacking:
      'Patented drugs to 100% in total (MFN on them is 0); generics exempt. Excludes forced-labour 301 on the same goods (note 52(f)).',
    dataColumns: ['pharma_scope_share'],
    inForce: { from: '2026-07-31', to: null },
    sources: [{ label: 'Proclamation 11020 of 2 Apr 2026; HTS 9903.04.60-.69, US note 40' }, TRACKER],
  },
  section122: {
    url: 's122',
    authority: 'Section 122',
    countries: ['CA', 'MX'],
    kind: 'residual',
    base: 'fullValue',
    usmca: 'claimedExempt',
    usmcaShare: 'non232',
    offset: false,
    stacking:
      'Not on goods under Section 232 (note 2(aa)(v)); on top of MFN; exempts energy, critical minerals, fertilizers, pharmaceuticals, many electronics, civil aircraft (note 2(aa)(ii)-(iv)). Replaced the IEEPA tariffs.',
    dataColumns: [
      's122_covered_share_feb',
      's122_exempt_share',
      's122_covered_share_apr',
      's122_exempt_share_apr',
      's122_covered_share_jun',
      's122_exempt_share_jun',
    ],
    inForce: { from: '2026-02-24', to: '2026-07-23' },
    sources: [{ label: 'Proclamation of 20 Feb 2026; HTS 9903.03.01-.11, US note 2(aa)' }, HTS, TRACKER],
  },
  forcedLabor301: {
    url: 'fl301',
    authority: 'Section 301',
    countries: ['CA', 'MX'],
    kind: 'residual',
    base: 'fullValue',
    usmca: 'claimedExempt',
    usmcaShare: 'non232',
    offset: false,
    stacking:
      'Additive (note 52(a)); not on goods under Section 232 (note 52(f)). Exemptions: the proposed Annex A (the final lists are not public).',
    dataColumns: ['fl301_covered_share', 'fl301_exempt_share'],
    inForce: { from: '2026-07-24', to: null },
    sources: [fr('2026-15181', 'USTR notice, FR 2026-15181 (28 Jul 2026); HTS 9903.05.20-.84, US note 52'), TRACKER],
  },
  section338: {
    url: 's338',
    authority: 'Section 338',
    countries: ['CA'],
    kind: 'basket',
    base: 'fullValue',
    usmca: 'none',
    usmcaShare: 'all',
    offset: false,
    stacking:
      'Additive to all other duties (note 51(a)); not on goods subject to Section 232 (note 51(c)). From 29 Sep 2026 reported as import bans (low confidence).',
    dataColumns: ['s338_alcohol_share', 's338_dairy_share', 's338_mv_basket_share'],
    inForce: { from: '2026-08-22', to: null },
    sources: [
      fr('2026-14991', 'Proclamation 11046 (alcohol), FR 2026-14991'),
      fr('2026-14992', 'Proclamation 11047 (dairy), FR 2026-14992'),
      fr('2026-14997', 'Proclamation 11048 (motor-vehicle basket), FR 2026-14997'),
      fr('2026-18835', 'Proclamation 11061 (import bans), FR 2026-18835'),
    ],
  },
} as const satisfies Record<string, ProgramRow>;

export type ProgramId = keyof typeof PROGRAM_TABLE;
/** Every program, in the order results and charts list them. */
export const PROGRAMS = Object.keys(PROGRAM_TABLE) as ProgramId[];
export const PROGRAM_ROWS: Readonly<Record<ProgramId, ProgramRow>> = PROGRAM_TABLE;

/** Programs whose rate is one scenario setting named by the program id (the country-wide tariff has four). */
export type RateProgramId = Exclude<ProgramId, 'mfn' | 'countryWide'>;
export const RATE_PROGRAMS = PROGRAMS.filter((p): p is RateProgramId => p !== 'mfn' && p !== 'countryWide');

/**
 * Pharmaceuticals: the share of listed value that pays the 232 duty. Patented and generic drugs cannot be told apart
 * at HTS10: ASSUMPTION, the tracker's defaults for Canada and Mexico, generic share 20% and company-deal (exempt)
 * share 40%, so 0.8 x 0.6 = 48% of listed value pays (tariff-rate-tracker config/policy_params.yaml).
 */
export const PHARMA_PAYING_SHARE = (1 - 0.2) * (1 - 0.4);

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
  if (id === 'pharma') {
    const x = sector.shares2026.pharmaScope;
    return { pays: x * PHARMA_PAYING_SHARE, covers: x };
  }
  if (id in sector.scope232) {
    const x = sector.scope232[id as keyof Sector['scope232']];
    return { pays: x, covers: x };
  }
  return { pays: 0, covers: 0 };
}
