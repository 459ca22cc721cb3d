// The product engine: the program table applied to each HTS10 line of 2024 (data/raw/products_2024.csv.gz), with
// sector and country results as sums over lines. Product by product every combination of programs is exact: a
// program switched off hands its lines to the programs below it, overlaps inside a sector need no pre-multiplied
// share, and a uniform USMCA share applies to each line. The line rules are those of the data's own checks
// (../shared/data/2026/scripts/rules.py), with the scenario's rates in place of the statutory ones.
import { provideProductEngine } from './engine';
import { PROGRAM_ROWS, PROGRAMS, RATE_PROGRAMS, type ProgramId, type RateProgramId } from './programs';
import { breakdownFrom, countryResultFrom, scenarioFor, sectorElasticity } from './response';
import { METALS_BASES, PERIODS, type Country, type CountryData, type CountryResult, type Scenario } from './types';

// ---------------------------------------------------------------------------------------------------------------
// The files (public/data/products.json and product-text.json, built by data/build-products.ts)

/** One country's lines, columnar; shares and rates in 1/scale, codes as steps in the sorted code list. */
export interface ProductFileCountry {
  sectorIds: string[];
  line: number[];
  sector: number[];
  value: number[];
  u2024: number[];
  u2025h1: number[];
  u2025h2: number[];
  mfn: number[];
  steel: number[];
  aluminum: number[];
  copper: number[];
  flags: number[];
  primary: number[];
  tierApr: number[];
  metalApr: number[];
  tierJun: number[];
  metalJun: number[];
  basket: number[];
}

export interface ProductFile {
  format: 1;
  version: string;
  /** The dataset.json it was built with: the two must come from one build. */
  datasetVersion: string;
  scale: number;
  /** The 0/1 columns of the product table, in the order of the bits of `flags`. */
  flagColumns: string[];
  /** Annex tier names by code ('' none, '1a', '1b', '1c', '2' Annex II, '3'). */
  tiers: string[];
  /** Section 338 basket names by code ('' none). */
  baskets: string[];
  countries: Record<Country, ProductFileCountry>;
}

/** The words, loaded only for search, the product panel and the CLI: one entry per code. */
export interface ProductTextFile {
  format: 1;
  version: string;
  /** The sorted 10-digit codes as numbers, each the step from the one before (decodeCodes). */
  codeSteps: number[];
  desc: string[];
  /** Index into `headings` (the 4-digit heading's text). */
  heading: number[];
  headings: string[];
}

/** The text file's codes as 10-digit strings, in order. */
export function decodeCodes(steps: readonly number[]): string[] {
  let at = 0;
  return steps.map((d) => String((at += d)).padStart(10, '0'));
}

// ---------------------------------------------------------------------------------------------------------------
// Compiled lines

const METAL_BIT = { steel: 1, aluminum: 2, copper: 4 } as const;
/** Tier codes the engine reads (TIERS of data/check-products.ts: '', '1a', '1b', '1c', '2', '3'). */
const TIER = { none: 0, a: 1, b: 2, c: 3, annexII: 4, iii: 5 } as const;
const EXPECTED_TIERS = ['', '1a', '1b', '1c', '2', '3'];

export type ProductRules = 'proclamations' | 'dataRules';

export interface ProductLines {
  /** The file's version (what the engine computed on). */
  version: string;
  n: number;
  /** Index of each line's code in the text file's `codes`. */
  code: Int32Array;
  /** Index into the country's `sectors` of dataset.json. */
  sector: Int32Array;
  value: Float64Array;
  /** USMCA claim share by period (PERIODS order). */
  usmca: Float64Array[];
  mfn: Float64Array;
  steel: Float64Array;
  aluminum: Float64Array;
  copper: Float64Array;
  flags: Int32Array;
  /** Metal bits of a primary (ch. 72/73/76) line before 6 April 2026. */
  primary: Uint8Array;
  /** Annex tier and metal bits by metals basis (index 0, content, unused). */
  tier: Uint8Array[];
  metal: Uint8Array[];
  basket: Uint8Array;
  /**
   * 'proclamations' (the app's): a line a heading program takes pays no steel or aluminum duty (EO 14289).
   * 'dataRules': as the product table's own checks and the trackers (rules.py), a primary ch. 72/73/76 line on a
   * parts list pays the metal duty and the parts duty; only for reproducing their figures (npm run simulate --rules).
   */
  rules: ProductRules;
  /** Bit of each flag column by name (a column the file lacks has none: bitOf gives 0). */
  bits: Record<string, number>;
}

const cumulative = (steps: number[]) => {
  const out = new Int32Array(steps.length);
  let at = 0;
  for (let i = 0; i < steps.length; i++) out[i] = at += steps[i] as number;
  return out;
};

/** A file that does not fit what the engine reads; the loader words it for the person. */
export class ProductFileError extends Error {
  override name = 'ProductFileError';
}

/**
 * The file's columns as typed arrays, sectors matched to the dataset's by id. Throws ProductFileError when the file
 * does not fit (another format, columns of unequal length, a sector the dataset lacks).
 */
export function compileProducts(
  file: ProductFile,
  data: CountryData,
  rules: ProductRules = 'proclamations',
): ProductLines {
  const x = file.countries?.[data.id];
  if (file.format !== 1 || !x) throw new ProductFileError(`format ${String(file.format)}, no ${data.id} lines`);
  if (file.tiers?.join() !== EXPECTED_TIERS.join()) throw new ProductFileError('unknown annex tier codes');
  const n = x.line?.length ?? 0;
  const columns = [
    x.sector,
    x.value,
    x.u2024,
    x.u2025h1,
    x.u2025h2,
    x.mfn,
    x.steel,
    x.aluminum,
    x.copper,
    x.flags,
    x.primary,
    x.tierApr,
    x.metalApr,
    x.tierJun,
    x.metalJun,
    x.basket,
  ];
  if (n === 0 || columns.some((c) => !Array.isArray(c) || c.length !== n))
    throw new ProductFileError(`${data.id}: columns of unequal length`);
  const at = new Map(data.sectors.map((s, i) => [s.id, i]));
  const sectorOf = x.sectorIds.map((id) => at.get(id) ?? -1);
  if (sectorOf.includes(-1)) throw new ProductFileError(`${data.id}: a sector the dataset does not have`);
  // Plain loops: TypedArray.from with a mapping function runs several times slower (a phone's first load).
  const scaled = (c: number[]) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = (c[i] as number) / file.scale;
    return out;
  };
  const sector = new Int32Array(n);
  for (let i = 0; i < n; i++) sector[i] = sectorOf[x.sector[i] as number] as number;
  const bits = Object.fromEntries(file.flagColumns.map((c, i) => [c, 1 << i]));
  return {
    version: file.version,
    rules,
    n,
    code: cumulative(x.line),
    sector,
    value: Float64Array.from(x.value),
    usmca: PERIODS.map((p) => scaled(x[`u${p}`])),
    mfn: scaled(x.mfn),
    steel: scaled(x.steel),
    aluminum: scaled(x.aluminum),
    copper: scaled(x.copper),
    flags: Int32Array.from(x.flags),
    primary: Uint8Array.from(x.primary),
    tier: [new Uint8Array(n), Uint8Array.from(x.tierApr), Uint8Array.from(x.tierJun)],
    metal: [new Uint8Array(n), Uint8Array.from(x.metalApr), Uint8Array.from(x.metalJun)],
    basket: Uint8Array.from(x.basket),
    bits,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The line rules

const N = PROGRAMS.length;
const INDEX = Object.fromEntries(PROGRAMS.map((p, i) => [p, i])) as Record<ProgramId, number>;
const HEADINGS = RATE_PROGRAMS.filter((p) => PROGRAM_ROWS[p].kind === 's232' && !PROGRAM_ROWS[p].metal);
const RESIDUAL = RATE_PROGRAMS.filter((p) => PROGRAM_ROWS[p].kind === 'residual');
const BASKET = RATE_PROGRAMS.filter((p) => PROGRAM_ROWS[p].kind === 'basket');

/**
 * Which 232 listing takes a line that is on several (one 232 duty per article). Heading programs come before the
 * metals: the metals annexes' headings 9903.82 exclude goods under the autos, parts, MHD, bus and wood programs
 * (note 16(a); EO 14289; Proclamation 10984, MHD vehicles), and copper does not stack with autos (Proclamation of
 * 30 July 2025, 9903.78.01). Among heading programs, the first match of products_2024's `heading_program` (autos,
 * lumber, furniture, MHD vehicles, auto parts, MHD parts, buses). Before 6 April 2026 the copper list sits after
 * autos and before the wood and truck programs, and a derivative's steel or aluminum content pays only when no
 * heading program and no copper listing took the line (rules.py of the data). ASSUMPTION: a line on the copper and
 * an aluminum-derivative list (insulated wire 8544.42.90, $1.8B from Mexico) pays copper on its copper content and
 * no aluminum duty: no source we hold says which metal duty applies; the tracker charges neither (Mexico -0.09 pp).
 * Note-39 semiconductor lines (no program here) keep their precedence over the annex tiers, as in the data.
 */
export const PRECEDENCE: readonly (RateProgramId | 'copperList' | 'semiconductors')[] = [
  'autos',
  'copperList',
  'lumber',
  'furniture',
  'mhdTrucks',
  'autoParts',
  'mhdParts',
  'buses',
  'semiconductors',
];

interface Terms {
  /** The period's USMCA shares, and the basis's annex tiers and metals, of every line. */
  usmca: Float64Array;
  tier: Uint8Array;
  metal: Uint8Array;
  uniform: number;
  period: number;
  basis: number;
  relief: boolean;
  terminated: boolean;
  general: number;
  carveout: number;
  rate: Float64Array;
  autoOffset: number;
  usContent: number;
  ban: boolean;
  epsilon: Float64Array;
}

function termsOf(data: CountryData, L: ProductLines, s: Scenario): Terms {
  const v = scenarioFor(s, data.id);
  const ca = data.id === 'CA';
  const rate = new Float64Array(N);
  for (const p of RATE_PROGRAMS) rate[INDEX[p]] = v[p];
  const period = PERIODS.indexOf(s.period);
  const basis = METALS_BASES.indexOf(s.metalsBasis);
  return {
    usmca: L.usmca[period] as Float64Array,
    tier: L.tier[basis] as Uint8Array,
    metal: L.metal[basis] as Uint8Array,
    uniform: s.utilization === 'uniform' ? (ca ? s.uniformCa : s.uniformMx) : -1,
    period: PERIODS.indexOf(s.period),
    basis: METALS_BASES.indexOf(s.metalsBasis),
    relief: s.usmcaExemption && !s.usmcaTerminated,
    terminated: s.usmcaTerminated,
    general: ca ? s.caGeneral : s.mxGeneral,
    carveout: ca ? s.caEnergy : s.mxPotash,
    rate,
    autoOffset: s.autoOffset,
    usContent: s.usContentShare,
    ban: v.s338Mode === 'ban' && BASKET.some((p) => v[p] > 0),
    epsilon: Float64Array.from(data.sectors, (x) => sectorElasticity(x, s)),
  };
}

/** Per table: the bits and program slots the line loop reads, resolved once. */
interface Layout {
  /** Every bit of the precedence list: a line with none of them (most lines) skips the search. */
  anyListing: number;
  precedence: { at: number; bit: number; kind: 'program' | 'copper' | 'always' }[];
  derivSteel: number;
  derivAluminum: number;
  copperList: number;
  carveout: number;
  pharma: number;
  /** Bits of the heading programs whose USMCA goods are exempt (parts lists). */
  partsLists: number;
  residual: { at: number; exempt: number }[];
  headingAt: Set<number>;
}

const bitOf = (L: ProductLines, column: string) => L.bits[column] ?? 0;
const layouts = new WeakMap<ProductLines, Layout>();
function layoutOf(L: ProductLines): Layout {
  let l = layouts.get(L);
  if (l) return l;
  const col = (p: RateProgramId) => bitOf(L, PROGRAM_ROWS[p].productColumn ?? '');
  const precedence = PRECEDENCE.map((p) =>
    p === 'copperList'
      ? { at: INDEX.copper, bit: bitOf(L, 's232_copper'), kind: 'copper' as const }
      : p === 'semiconductors'
        ? { at: -1, bit: bitOf(L, 'semiconductors'), kind: 'always' as const }
        : { at: INDEX[p], bit: col(p), kind: 'program' as const },
  );
  l = {
    anyListing: precedence.reduce((a, h) => a | h.bit, 0),
    precedence,
    derivSteel: bitOf(L, 's232_deriv_steel'),
    derivAluminum: bitOf(L, 's232_deriv_aluminum'),
    copperList: bitOf(L, 's232_copper'),
    carveout: bitOf(L, 'ca_energy_carveout') | bitOf(L, 'mx_potash'),
    pharma: col('pharma'),
    partsLists: HEADINGS.filter((p) => PROGRAM_ROWS[p].usmca === 'qualifyingExempt').reduce((a, p) => a | col(p), 0),
    residual: RESIDUAL.map((p) => ({ at: INDEX[p], exempt: col(p) })),
    headingAt: new Set(HEADINGS.map((p) => INDEX[p])),
  };
  layouts.set(L, l);
  return l;
}

/** Scratch of one line: its contribution (duty / value) by program, the value share each reaches, the rate before relief. */
const lineDuty = new Float64Array(N);
const lineReach = new Float64Array(N);
const lineRate = new Float64Array(N);
/** Programs the current line touched (indices into the arrays above) and their count. */
const touched = new Int32Array(N);
const isTouched = new Uint8Array(N);
const line = { touched: 0, rate: 0, baseline: 0, exposed: 0, covered: 0, banned: false };

function put(at: number, duty: number, reach: number, rate: number) {
  if (!isTouched[at]) {
    isTouched[at] = 1;
    touched[line.touched++] = at;
  }
  lineDuty[at] = (lineDuty[at] as number) + duty;
  lineReach[at] = (lineReach[at] as number) + reach;
  lineRate[at] = rate;
}

/** A heading program's duty (share of value) on a line: its rate, less the offset, less what USMCA relieves. */
function headingDuty(at: number, p: RateProgramId, t: Terms, u: number, primary: boolean, onParts: boolean): number {
  const row = PROGRAM_ROWS[p];
  const r = row.offset ? Math.max(0, (t.rate[at] as number) - t.autoOffset) : (t.rate[at] as number);
  if (!t.relief || row.usmca === 'none') return r;
  // As the data and the tracker do: no USMCA relief for primary-metal lines on a parts list, nor inside the MHD
  // vehicle program for lines also on a parts list.
  if (row.usmca === 'qualifyingExempt') return r * (1 - (primary ? 0 : u));
  return r * (1 - t.usContent * (onParts && !row.offset ? 0 : u));
}

/** The annex tier's duty per unit of the metal's rate (I-A 1, I-B 1/2; Annex III and I-C as the data README). */
function tierFactor(tier: number, u: number, mfn: number): number {
  if (tier === TIER.a) return 1;
  if (tier === TIER.b) return 0.5;
  // Annex III: the additional duty tops the column-1 rate up to 15% (Free for USMCA-claimed entries), at 50%.
  if (tier === TIER.iii) return (u * 0.15 + (1 - u) * Math.max(0, 0.15 - mfn)) / 0.5;
  // Annex I-C for Canada and Mexico: USMCA steel 15% (US content of 40% or more assumed), the rest 25%.
  if (tier === TIER.c) return (u * 0.15 + (1 - u) * 0.25) / 0.5;
  return 0;
}

const METAL_AT = [INDEX.steel, INDEX.aluminum, INDEX.copper] as const;
/** The metal of a listing on two lists: the one with the larger metal content (as the data books it). */
function metalSlot(bits: number, L: ProductLines, i: number): number {
  let best = -1;
  let share = -1;
  const shares = [L.steel[i] as number, L.aluminum[i] as number, L.copper[i] as number];
  for (let m = 0; m < 3; m++)
    if (bits & (1 << m) && (shares[m] as number) > share) {
      best = m;
      share = shares[m] as number;
    }
  return best < 0 ? -1 : (METAL_AT[best] as number);
}

/**
 * One line under the scenario: fills the scratch arrays with its duty by program and `line` with its total rate,
 * the MFN baseline of the trade response, the share of value facing a new tariff and the share under Section 232.
 */
function computeLine(L: ProductLines, lay: Layout, i: number, t: Terms): void {
  for (let k = 0; k < line.touched; k++) {
    const at = touched[k] as number;
    lineDuty[at] = 0;
    lineReach[at] = 0;
    lineRate[at] = 0;
    isTouched[at] = 0;
  }
  line.touched = 0;
  const flags = L.flags[i] as number;
  const observed = t.usmca[i] as number;
  const uSeen = t.uniform >= 0 ? t.uniform : observed;
  // Claims exist unless USMCA ended; relief from the new tariffs needs the exemption switched on as well.
  const u = t.terminated ? 0 : uSeen;
  const uRelief = t.relief ? u : 0;
  const mfn = L.mfn[i] as number;
  const rate = t.rate;

  // MFN on what does not claim USMCA (all of it once USMCA has ended); it is also the baseline of the response.
  put(INDEX.mfn, mfn * (1 - u), 1, mfn);
  line.baseline = mfn * (1 - uSeen);

  // Section 232: the first active listing in PRECEDENCE takes the line.
  const primary = L.primary[i] as number;
  const onParts = (flags & lay.partsLists) !== 0;
  let taken = -2; // -2 none; -1 a line left outside the tiers (semiconductors); else the program slot
  const listings = flags & lay.anyListing ? lay.precedence.length : 0;
  for (let k = 0; k < listings; k++) {
    const h = lay.precedence[k] as Layout['precedence'][number];
    if (!(flags & h.bit)) continue;
    if (h.kind === 'always') {
      if (t.basis === 0) continue;
      taken = -1;
      break;
    }
    if (h.kind === 'copper' && t.basis > 0) continue; // from 6 April copper is charged by annex tier
    if ((rate[h.at] as number) > 0) {
      taken = h.at;
      break;
    }
  }
  const heading = taken >= 0 && lay.headingAt.has(taken);
  const headingRow = heading ? PROGRAM_ROWS[PROGRAMS[taken] as RateProgramId] : null;
  // The share of the line the metal duties reach. A line a heading program takes pays that program only (EO 14289
  // of 29 April 2025: an article subject to the autos or parts duties is not subject to the steel and aluminum
  // duties; Proclamation 10984 the same for MHD vehicles and parts; note 16(a) of the 2026 annexes). USMCA parts
  // exempt from the parts duty are not subject to it, so their claimed share pays the metal rules instead. The
  // data's rules instead charge a primary line the metal duty on top of the parts duty, with no USMCA relief. From
  // 6 April 2026 the annexes' effective tier is blank wherever a heading program covers the line (as in the data
  // and the tracker; no source we hold says how the annexes treat USMCA parts exempt from the parts duty).
  const dataRules = L.rules === 'dataRules';
  let metalShare = 1;
  if (heading) {
    const exemptShare = headingRow?.usmca === 'qualifyingExempt' && t.relief && t.basis === 0 ? u : 0;
    metalShare = dataRules ? (t.basis === 0 && primary ? 1 : 0) : exemptShare;
  } else if (taken === -1) metalShare = 0;
  let covered = heading || taken === -1 ? 1 : 0;
  let exposed232 = 0;
  if (metalShare > 0 && t.basis === 0) {
    // Until 5 April 2026: primary lines on full value, derivatives on their metal content, copper-list lines on
    // their copper content.
    let content = 0;
    if (primary & METAL_BIT.steel && (rate[INDEX.steel] as number) > 0) {
      put(INDEX.steel, (rate[INDEX.steel] as number) * metalShare, metalShare, rate[INDEX.steel] as number);
      content = 1;
    }
    if (primary & METAL_BIT.aluminum && (rate[INDEX.aluminum] as number) > 0) {
      put(INDEX.aluminum, (rate[INDEX.aluminum] as number) * metalShare, metalShare, rate[INDEX.aluminum] as number);
      content = 1;
    }
    const copperFirst = taken === INDEX.copper;
    if (!primary && !copperFirst && (!heading || !dataRules)) {
      if (flags & lay.derivSteel && (rate[INDEX.steel] as number) > 0) {
        const x = (L.steel[i] as number) * metalShare;
        put(INDEX.steel, (rate[INDEX.steel] as number) * x, x, rate[INDEX.steel] as number);
        content += x;
      }
      if (flags & lay.derivAluminum && (rate[INDEX.aluminum] as number) > 0) {
        const x = (L.aluminum[i] as number) * metalShare;
        put(INDEX.aluminum, (rate[INDEX.aluminum] as number) * x, x, rate[INDEX.aluminum] as number);
        content += x;
      }
    } else if (copperFirst) {
      const x = L.copper[i] as number;
      put(INDEX.copper, (rate[INDEX.copper] as number) * x, x, rate[INDEX.copper] as number);
      content = Math.max(content, x);
    }
    covered = Math.max(covered, Math.min(1, content));
    exposed232 = Math.min(1, content);
  } else if (metalShare > 0) {
    // From 6 April 2026: the line's annex tier on full value, at its metal's rate.
    const tier = t.tier[i] as number;
    if (tier !== TIER.none && tier !== TIER.annexII) {
      const at = metalSlot(t.metal[i] as number, L, i);
      const r = at < 0 ? 0 : (rate[at] as number);
      if (r > 0) {
        const f = tierFactor(tier, u, mfn);
        put(at, r * f * metalShare, metalShare, r * f);
        covered = 1;
        exposed232 = metalShare;
      }
    }
  }
  if (heading && headingRow) {
    const p = PROGRAMS[taken] as RateProgramId;
    const d = headingDuty(taken, p, t, uRelief, primary !== 0 && dataRules, onParts);
    const r = headingRow.offset ? Math.max(0, (rate[taken] as number) - t.autoOffset) : (rate[taken] as number);
    put(taken, d, 1, r);
    const noRelief = primary !== 0 && dataRules;
    const paying = headingRow.usmca === 'qualifyingExempt' ? 1 - (noRelief ? 0 : uRelief) : 1;
    exposed232 = Math.min(1, exposed232 + paying);
  }
  if (flags & lay.pharma && (rate[INDEX.pharma] as number) > 0) {
    const paying = PROGRAM_ROWS.pharma.payingShare ?? 1;
    put(INDEX.pharma, (rate[INDEX.pharma] as number) * paying, paying, rate[INDEX.pharma] as number);
    covered = 1;
    exposed232 = Math.max(exposed232, paying);
  }

  // The country-wide tariff, else the first residual program whose exemption list leaves the line out, on the
  // value outside Section 232 and USMCA: they never stack on one another.
  const rest = 1 - covered;
  let exposedRest = 0;
  if (rest > 0) {
    const cw = flags & lay.carveout ? t.carveout : t.general;
    if (cw > 0) {
      put(INDEX.countryWide, cw * rest * (1 - uRelief), rest, cw);
      exposedRest = rest * (1 - uRelief);
    } else
      for (let k = 0; k < lay.residual.length; k++) {
        const r = lay.residual[k] as Layout['residual'][number];
        const x = rate[r.at] as number;
        if (x <= 0 || flags & r.exempt) continue;
        put(r.at, x * rest * (1 - uRelief), rest, x);
        exposedRest = rest * (1 - uRelief);
        break;
      }
  }

  // Section 338 baskets (Canada): additive, on full value whether or not USMCA is claimed, never on goods under
  // Section 232 (note 51(c)); as bans, the line's trade is lost.
  line.banned = false;
  let basket = false;
  if ((L.basket[i] as number) > 0 && covered === 0)
    for (const p of BASKET) {
      const x = rate[INDEX[p]] as number;
      if (x <= 0) continue;
      basket = true;
      if (t.ban) line.banned = true;
      else put(INDEX[p], x, 1, x);
    }

  let total = 0;
  for (let k = 0; k < line.touched; k++) total += lineDuty[touched[k] as number] as number;
  line.rate = total;
  let exposed = basket ? 1 : Math.min(1, exposed232 + exposedRest);
  // Once USMCA has ended, goods that claimed it pay MFN: a new tariff for them.
  if (t.terminated && mfn > 0) exposed += uSeen * (1 - exposed);
  line.exposed = exposed;
  line.covered = covered;
}

// ---------------------------------------------------------------------------------------------------------------
// Sums over lines

/**
 * A scenario's structure, compiled: which programs are on (a rate above 0), the USMCA shares, the metals basis and
 * the switches. Under one structure every line's duty is linear in the effective rates, so the plan keeps each
 * line's duty per unit of rate (sparse), the rate-independent MFN part, exposure and the MFN baseline; a rate slider
 * then only multiplies and sums (no line rule runs). computeLine builds it, with every active rate at 1.
 */
interface Plan {
  /** CSR rows: line i's entries are [start[i], start[i + 1]). */
  start: Int32Array;
  /** Rate slot of each entry: a program index, or CW_GENERAL / CW_REDUCED for the country-wide tariff. */
  slot: Uint8Array;
  coef: Float64Array;
  mfn: Float64Array;
  baseline: Float64Array;
  banned: Uint8Array;
  /** Per sector: value, exposed value, and per sector x slot the value-weighted coefficient (duty per unit rate). */
  value: Float64Array;
  exposed: Float64Array;
  mfnDuty: Float64Array;
  slotSums: Float64Array;
  /**
   * Each line's rate, price ratio (1 + r0) / (1 + r1) and its logarithm (filled on first use) for the last slot
   * rates the plan ran with: a step that moves only an elasticity skips the per-line sums, and raises the ratio to
   * the elasticity as exp(ε · log ratio), a third of Math.pow's time here. A cache, invisible in the results beyond
   * the last bits of a power.
   */
  rates: LineRates | null;
}

interface LineRates {
  key: string;
  r1: Float64Array;
  ratio: Float64Array;
  /** Its buffer is kept across rates; `logged` says whether it holds these rates' logarithms. */
  logRatio: Float64Array | null;
  logged: boolean;
}

const CW_GENERAL = N;
const CW_REDUCED = N + 1;
const SLOTS = N + 2;

const plans = new WeakMap<ProductLines, Map<string, Plan>>();
/** Plans kept per table: a few structures (a preset, its variant, the sweep's zero point) stay warm. */
const MAX_PLANS = 12;

function structureKey(t: Terms, s: Scenario): string {
  let on = '';
  for (let p = 0; p < N; p++) on += (t.rate[p] as number) > 0 ? '1' : '0';
  return [
    on,
    t.general > 0 ? 1 : 0,
    t.carveout > 0 ? 1 : 0,
    s.period,
    s.metalsBasis,
    t.relief ? 1 : 0,
    t.terminated ? 1 : 0,
    t.uniform,
    t.usContent,
    t.ban ? 1 : 0,
  ].join('|');
}

/** A plan being built: its columns so far, and the next line to add (a first load builds it a slice per task). */
interface PlanDraft extends Omit<Plan, 'slot' | 'coef' | 'rates'> {
  L: ProductLines;
  lay: Layout;
  unit: Terms;
  next: number;
  /** The slots and coefficients so far, packed into typed arrays by finishPlan. */
  slot: number[];
  coef: number[];
}

function draftPlan(data: CountryData, L: ProductLines, t: Terms): PlanDraft {
  const S = data.sectors.length;
  return {
    L,
    lay: layoutOf(L),
    unit: {
      ...t,
      rate: t.rate.map((r) => (r > 0 ? 1 : 0)),
      general: t.general > 0 ? 1 : 0,
      carveout: t.carveout > 0 ? 1 : 0,
      autoOffset: 0,
    },
    next: 0,
    start: new Int32Array(L.n + 1),
    slot: [],
    coef: [],
    mfn: new Float64Array(L.n),
    baseline: new Float64Array(L.n),
    banned: new Uint8Array(L.n),
    value: new Float64Array(S),
    exposed: new Float64Array(S),
    mfnDuty: new Float64Array(S),
    slotSums: new Float64Array(S * SLOTS),
  };
}

/** Adds the draft's lines from `next` up to `end` (exclusive; callers go forward): the line rules at unit rates, each line's slots and sums. */
function planLines(d: PlanDraft, end: number): void {
  const { L, lay, unit, start, slot, coef, mfn, baseline, banned, value, exposed, mfnDuty, slotSums } = d;
  for (let i = d.next; i < end; i++) {
    computeLine(L, lay, i, unit);
    const V = L.value[i] as number;
    const sec = L.sector[i] as number;
    start[i] = slot.length;
    for (let k = 0; k < line.touched; k++) {
      const at = touched[k] as number;
      const c = lineDuty[at] as number;
      if (at === INDEX.mfn) {
        mfn[i] = c;
        continue;
      }
      if (c === 0) continue;
      const x = at === INDEX.countryWide ? ((L.flags[i] as number) & lay.carveout ? CW_REDUCED : CW_GENERAL) : at;
      slot.push(x);
      coef.push(c);
      slotSums[sec * SLOTS + x] = (slotSums[sec * SLOTS + x] as number) + V * c;
    }
    baseline[i] = line.baseline;
    banned[i] = line.banned ? 1 : 0;
    value[sec] = (value[sec] as number) + V;
    exposed[sec] = (exposed[sec] as number) + V * line.exposed;
    mfnDuty[sec] = (mfnDuty[sec] as number) + V * (mfn[i] as number);
  }
  d.next = end;
}

function finishPlan(d: PlanDraft): Plan {
  d.start[d.L.n] = d.slot.length;
  return {
    start: d.start,
    slot: Uint8Array.from(d.slot),
    coef: Float64Array.from(d.coef),
    mfn: d.mfn,
    baseline: d.baseline,
    banned: d.banned,
    value: d.value,
    exposed: d.exposed,
    mfnDuty: d.mfnDuty,
    slotSums: d.slotSums,
    rates: null,
  };
}

function buildPlan(data: CountryData, L: ProductLines, t: Terms): Plan {
  const d = draftPlan(data, L, t);
  planLines(d, L.n);
  return finishPlan(d);
}

/** The plans kept for a table, most recently used last. */
function plansOf(L: ProductLines): Map<string, Plan> {
  let cache = plans.get(L);
  if (!cache) plans.set(L, (cache = new Map()));
  return cache;
}

function keep(cache: Map<string, Plan>, key: string, plan: Plan): void {
  cache.delete(key);
  if (cache.size >= MAX_PLANS) cache.delete(cache.keys().next().value as string);
  cache.set(key, plan);
}

/**
 * Builds ahead the plan a scenario's first run needs, `slice` lines per task (`pause` is a macrotask): a phone's
 * first load builds two countries' plans, 12,000 lines each, without a task long enough to block input. The plan is
 * the one buildPlan makes, line for line; the run that follows finds it kept.
 */
export async function warmPlan(
  data: CountryData,
  L: ProductLines,
  s: Scenario,
  pause: () => Promise<void>,
  slice = 3000,
): Promise<void> {
  const t = termsOf(data, L, s);
  const key = structureKey(t, s);
  if (plansOf(L).has(key)) return;
  const d = draftPlan(data, L, t);
  while (d.next < L.n) {
    planLines(d, Math.min(L.n, d.next + slice));
    await pause();
  }
  keep(plansOf(L), key, finishPlan(d));
}

function planFor(data: CountryData, L: ProductLines, t: Terms, s: Scenario): Plan {
  const cache = plansOf(L);
  const key = structureKey(t, s);
  // Most recently used last, so the oldest goes first.
  const plan = cache.get(key) ?? buildPlan(data, L, t);
  keep(cache, key, plan);
  return plan;
}

/** The scenario's rate in each slot: autos and parts after the offset, the country-wide tariff's two rates. */
function slotRates(t: Terms): Float64Array {
  const e = new Float64Array(SLOTS);
  for (let p = 0; p < N; p++) {
    const r = t.rate[p] as number;
    e[p] = OFFSET_AT[p] ? Math.max(0, r - t.autoOffset) : r;
  }
  e[CW_GENERAL] = t.general;
  e[CW_REDUCED] = t.carveout;
  return e;
}
const OFFSET_AT = PROGRAMS.map((p) => p !== 'mfn' && p !== 'countryWide' && PROGRAM_ROWS[p].offset === true);

interface Sums {
  dutyAfter: Float64Array;
  change: Float64Array;
}

/** Each line's rate under the slot rates `e` and its price ratio, kept on the plan for the next step. */
function lineRates(L: ProductLines, plan: Plan, e: Float64Array): LineRates {
  const key = e.join(',');
  if (plan.rates?.key === key) return plan.rates;
  const { start, slot, coef, mfn, baseline } = plan;
  const n = L.n;
  const r1s = plan.rates?.r1 ?? new Float64Array(n);
  const ratio = plan.rates?.ratio ?? new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let r1 = mfn[i] as number;
    const end = start[i + 1] as number;
    for (let k = start[i] as number; k < end; k++) r1 += (e[slot[k] as number] as number) * (coef[k] as number);
    r1s[i] = r1;
    ratio[i] = (1 + (baseline[i] as number)) / (1 + r1);
  }
  // The logarithms belong to the old rates: made again on first use, in the same buffer.
  plan.rates = { key, r1: r1s, ratio, logRatio: plan.rates?.logRatio ?? null, logged: false };
  return plan.rates;
}

function logRatioOf(rates: LineRates): Float64Array {
  if (rates.logged && rates.logRatio) return rates.logRatio;
  const { ratio } = rates;
  const out = rates.logRatio ?? new Float64Array(ratio.length);
  for (let i = 0; i < ratio.length; i++) out[i] = Math.log(ratio[i] as number);
  rates.logRatio = out;
  rates.logged = true;
  return out;
}

/** The trade response line by line (the only per-line work of a planned run); fills per-sector sums. */
function respond(L: ProductLines, plan: Plan, t: Terms, e: Float64Array, sums: Sums | null): number {
  // Everything the loop reads, in locals: typed arrays and plain numbers only.
  const { banned, baseline } = plan;
  const value = L.value;
  const sector = L.sector;
  const epsilon = t.epsilon;
  const rates = lineRates(L, plan, e);
  const { r1: rate, ratio } = rates;
  const logRatio = epsilon.some((x) => x !== 0 && x !== 1) ? logRatioOf(rates) : null;
  const after = sums ? sums.dutyAfter : new Float64Array(epsilon.length);
  const changes = sums ? sums.change : new Float64Array(epsilon.length);
  const n = L.n;
  let change = 0;
  for (let i = 0; i < n; i++) {
    const V = value[i] as number;
    const sec = sector[i] as number;
    if (banned[i]) {
      change -= V;
      changes[sec] = (changes[sec] as number) - V;
      continue;
    }
    const r1 = rate[i] as number;
    const r0 = baseline[i] as number;
    const eps = epsilon[sec] as number;
    // The constant-elasticity factor of volumeFactor, written out: exact division at the default elasticity of 1.
    const f =
      r1 === r0 || eps === 0
        ? 1
        : eps === 1
          ? (ratio[i] as number)
          : Math.exp(eps * ((logRatio as Float64Array)[i] as number));
    const d = V * (f - 1);
    change += d;
    changes[sec] = (changes[sec] as number) + d;
    after[sec] = (after[sec] as number) + V * f * r1;
  }
  return change;
}

/** Sector k's duty by program (USD, PROGRAMS order) under the plan's structure and the scenario's rates. */
function sectorDuty(plan: Plan, e: Float64Array, k: number, out: Float64Array): void {
  const base = k * SLOTS;
  for (let p = 0; p < N; p++) out[p] = (e[p] as number) * (plan.slotSums[base + p] as number);
  out[INDEX.mfn] = plan.mfnDuty[k] as number;
  out[INDEX.countryWide] =
    (e[CW_GENERAL] as number) * (plan.slotSums[base + CW_GENERAL] as number) +
    (e[CW_REDUCED] as number) * (plan.slotSums[base + CW_REDUCED] as number);
}

/** One country's result from its lines: the same shape as the sector model's, each sector the sum of its lines. */
export function productCountry(data: CountryData, L: ProductLines, s: Scenario): CountryResult {
  const S = data.sectors.length;
  const t = termsOf(data, L, s);
  const plan = planFor(data, L, t, s);
  const e = slotRates(t);
  const sums: Sums = { dutyAfter: new Float64Array(S), change: new Float64Array(S) };
  respond(L, plan, t, e, sums);
  const byProgram = new Float64Array(N);
  const duties = new Float64Array(N);
  // Scratch for one sector's shares by program: breakdownFrom copies them out.
  const contrib = new Float64Array(N);
  const bySector = data.sectors.map((sector, k) => {
    // The sum of the sector's lines (sectors.csv agrees within 4e-8): every share below is of the same value.
    const V = plan.value[k] as number;
    sectorDuty(plan, e, k, duties);
    let duty = 0;
    for (let p = 0; p < N; p++) {
      const d = duties[p] as number;
      duty += d;
      byProgram[p] = (byProgram[p] as number) + d;
      contrib[p] = V > 0 ? d / V : 0;
    }
    return {
      id: sector.id,
      label: sector.label,
      importsUsd: V,
      exposedUsd: plan.exposed[k] as number,
      dutyUsd: duty,
      etr: V > 0 ? duty / V : 0,
      dutyAfterResponseUsd: sums.dutyAfter[k] as number,
      exportChangeUsd: sums.change[k] as number,
      exportChangePct: V > 0 ? (sums.change[k] as number) / V : 0,
      byProgram: breakdownFrom(contrib),
    };
  });
  return countryResultFrom(data, bySector, byProgram);
}

/** Country ETR and export change only (sweeps): the same sums without per-sector records. */
export function productTotals(
  data: CountryData,
  L: ProductLines,
  s: Scenario,
): { etr: number; exportChangePct: number } {
  const t = termsOf(data, L, s);
  const plan = planFor(data, L, t, s);
  const e = slotRates(t);
  const change = respond(L, plan, t, e, null);
  const duties = new Float64Array(N);
  let V = 0;
  let duty = 0;
  for (let k = 0; k < data.sectors.length; k++) {
    sectorDuty(plan, e, k, duties);
    for (let p = 0; p < N; p++) duty += duties[p] as number;
    V += plan.value[k] as number;
  }
  return { etr: V > 0 ? duty / V : 0, exportChangePct: V > 0 ? change / V : 0 };
}

// ---------------------------------------------------------------------------------------------------------------
// One line, for search results, the product panel, drill-down and the CLI

export interface ProductTerm {
  program: ProgramId;
  /** Share of the line's value the program is charged on (metal content, the value outside 232, ...). */
  reach: number;
  /** Its rate there before USMCA relief (fraction; an annex tier's share of the metal rate included). */
  rate: number;
  /** Duty / the line's value. */
  contribution: number;
}

export interface ProductResult {
  /** Position in the country's lines. */
  index: number;
  country: Country;
  /** Index into the text file's codes. */
  code: number;
  sectorId: string;
  importsUsd: number;
  /** The USMCA claim share the scenario applies (observed for its period, or the uniform setting). */
  usmcaShare: number;
  /** Total rate (duty / value), MFN included. */
  rate: number;
  /** The MFN-only rate the trade response starts from (r0). */
  baseline: number;
  dutyUsd: number;
  /** Share of value under Section 232 (not reached by the country-wide tariff, 122 or 301). */
  covered: number;
  banned: boolean;
  byProgram: Record<ProgramId, number>;
  /** The programs with a duty on the line (and MFN), with what each reaches. */
  terms: ProductTerm[];
}

/** Lines `indices` of a country under the scenario. */
export function productLines(
  data: CountryData,
  L: ProductLines,
  s: Scenario,
  indices: Iterable<number>,
): ProductResult[] {
  const t = termsOf(data, L, s);
  const lay = layoutOf(L);
  const out: ProductResult[] = [];
  for (const i of indices) {
    if (i < 0 || i >= L.n) continue;
    computeLine(L, lay, i, t);
    const terms: ProductTerm[] = [];
    const by = new Float64Array(N);
    for (let k = 0; k < line.touched; k++) {
      const at = touched[k] as number;
      by[at] = lineDuty[at] as number;
      terms.push({
        program: PROGRAMS[at] as ProgramId,
        reach: lineReach[at] as number,
        rate: lineRate[at] as number,
        contribution: lineDuty[at] as number,
      });
    }
    const V = L.value[i] as number;
    out.push({
      index: i,
      country: data.id,
      code: L.code[i] as number,
      sectorId: data.sectors[L.sector[i] as number]?.id ?? '',
      importsUsd: V,
      usmcaShare: t.terminated ? 0 : t.uniform >= 0 ? t.uniform : (L.usmca[t.period]?.[i] as number),
      rate: line.rate,
      baseline: line.baseline,
      dutyUsd: V * line.rate,
      covered: line.covered,
      banned: line.banned,
      byProgram: breakdownFrom(by),
      terms: terms.sort((a, b) => PROGRAMS.indexOf(a.program) - PROGRAMS.indexOf(b.program)),
    });
  }
  return out;
}

/** The `n` lines of one sector with the largest duty under the scenario (drill-down). */
export function largestLines(
  data: CountryData,
  L: ProductLines,
  s: Scenario,
  sectorId: string,
  n = 10,
): ProductResult[] {
  const k = data.sectors.findIndex((x) => x.id === sectorId);
  const idx: number[] = [];
  for (let i = 0; i < L.n; i++) if (L.sector[i] === k) idx.push(i);
  return productLines(data, L, s, idx)
    .sort((a, b) => b.dutyUsd - a.dutyUsd || b.importsUsd - a.importsUsd)
    .slice(0, n);
}

/**
 * The dataset with each country's lines compiled and attached, so that every result comes from the product engine.
 * Throws ProductFileError when the file is not the one built with this dataset.
 */
export function withProducts<D extends { version: string; countries: Record<Country, CountryData> }>(
  dataset: D,
  file: ProductFile,
  rules: ProductRules = 'proclamations',
): D {
  if (file.datasetVersion !== dataset.version)
    throw new ProductFileError(`built for data ${file.datasetVersion}, not ${dataset.version}`);
  const countries = {} as Record<Country, CountryData>;
  for (const c of Object.keys(dataset.countries) as Country[]) {
    const data = dataset.countries[c];
    countries[c] = { ...data, products: compileProducts(file, data, rules) };
  }
  return { ...dataset, countries };
}

/**
 * The same as withProducts, one country per task: `pause` (a macrotask) lets the browser paint and answer input
 * between them, so that a phone's main thread never holds one long task for the whole table.
 */
export async function withProductsInSteps<D extends { version: string; countries: Record<Country, CountryData> }>(
  dataset: D,
  file: ProductFile,
  pause: () => Promise<void>,
  rules: ProductRules = 'proclamations',
): Promise<D> {
  if (file.datasetVersion !== dataset.version)
    throw new ProductFileError(`built for data ${file.datasetVersion}, not ${dataset.version}`);
  const countries = { ...dataset.countries };
  for (const c of Object.keys(dataset.countries) as Country[]) {
    countries[c] = { ...dataset.countries[c], products: compileProducts(file, dataset.countries[c], rules) };
    await pause();
  }
  return { ...dataset, countries };
}

/** One program over a sector's lines: value-weighted reach, reach x rate before relief, and duty (USD). */
export interface SectorProgramSums {
  program: ProgramId;
  reachUsd: number;
  grossUsd: number;
  dutyUsd: number;
}

/**
 * "Why this number" for a sector, from its lines: per program the value it reaches, the duty before USMCA relief and
 * the duty, so that scope x rate x relief factor multiplies out to exactly the sector's figure.
 */
export function sectorProgramSums(
  data: CountryData,
  L: ProductLines,
  s: Scenario,
  sectorId: string,
): { coveredUsd: number; programs: SectorProgramSums[] } {
  const k = data.sectors.findIndex((x) => x.id === sectorId);
  const t = termsOf(data, L, s);
  const lay = layoutOf(L);
  const reach = new Float64Array(N);
  const gross = new Float64Array(N);
  const duty = new Float64Array(N);
  let coveredUsd = 0;
  for (const i of linesOfSector(L, k)) {
    computeLine(L, lay, i, t);
    const V = L.value[i] as number;
    coveredUsd += V * line.covered;
    for (let j = 0; j < line.touched; j++) {
      const at = touched[j] as number;
      reach[at] = (reach[at] as number) + V * (lineReach[at] as number);
      gross[at] = (gross[at] as number) + V * (lineReach[at] as number) * (lineRate[at] as number);
      duty[at] = (duty[at] as number) + V * (lineDuty[at] as number);
    }
  }
  return {
    coveredUsd,
    programs: PROGRAMS.map((program, i) => ({
      program,
      reachUsd: reach[i] as number,
      grossUsd: gross[i] as number,
      dutyUsd: duty[i] as number,
    })),
  };
}

const sectorLines = new WeakMap<ProductLines, Int32Array[]>();
/** The lines of sector `k` (indexes, in order), from an index built once per set of lines. */
function linesOfSector(L: ProductLines, k: number): Int32Array {
  let index = sectorLines.get(L);
  if (!index) {
    const counts: number[] = [];
    for (let i = 0; i < L.n; i++) counts[L.sector[i] as number] = (counts[L.sector[i] as number] ?? 0) + 1;
    const built = Array.from(counts, (n) => new Int32Array(n ?? 0));
    const filled = new Int32Array(built.length);
    for (let i = 0; i < L.n; i++) {
      const at = L.sector[i] as number;
      (built[at] as Int32Array)[filled[at] as number] = i;
      filled[at] = (filled[at] as number) + 1;
    }
    index = built;
    sectorLines.set(L, index);
  }
  return index[k] ?? new Int32Array(0);
}

/** Each code's line in a country (index into the country's lines, -1 where it has none). */
export function linesByCode(L: ProductLines, codes: number): Int32Array {
  const out = new Int32Array(codes).fill(-1);
  for (let i = 0; i < L.n; i++) out[L.code[i] as number] = i;
  return out;
}

provideProductEngine({ country: productCountry, totals: productTotals, warm: warmPlan });
