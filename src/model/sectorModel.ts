// The sector model of MODEL.md: static duty by program, then a constant-elasticity trade response, per sector, on
// pre-multiplied sector shares. The app and the CLI run the product engine (simulate.ts, products.ts); this is the
// reference it is compared with (tests/model/products.test.ts) and the first specification's arithmetic, kept for
// the tests of MODEL.md's rules on small fixture sectors.
import { breakdownFrom, countryResultFrom, scenarioFor, sectorElasticity, volumeFactor } from './response';
import {
  PROGRAM_ROWS,
  RATE_PROGRAMS,
  scopeOf,
  type ProgramId,
  type RateProgramId,
  type UsmcaShareKey,
  type UsmcaTreatment,
} from './programs';
import {
  COUNTRIES,
  METALS_BASES,
  PERIODS,
  PROGRAMS,
  type Country,
  type MetalsBasis,
  type CountryData,
  type CountryResult,
  type Dataset,
  type Scenario,
  type Sector,
  type SectorResult,
  type SimulationResult,
} from './types';

/** A program's place in PROGRAMS (and in every Float64Array indexed by program). */
const INDEX = Object.fromEntries(PROGRAMS.map((p, i) => [p, i])) as Record<ProgramId, number>;
const USMCA_SHARE_INDEX: Record<UsmcaShareKey, number> = {
  all: 0,
  non232: 1,
  autos: 2,
  autoParts: 3,
  mhdTrucks: 4,
  mhdParts: 5,
};
/** The programs of each kind, in table order (the order residual programs take their base in). */
const S232 = RATE_PROGRAMS.filter((p) => PROGRAM_ROWS[p].kind === 's232');
const RESIDUAL = RATE_PROGRAMS.filter((p) => PROGRAM_ROWS[p].kind === 'residual');
const BASKETS = RATE_PROGRAMS.filter((p) => PROGRAM_ROWS[p].kind === 'basket');
const N = PROGRAMS.length;
/** Per 232 program (S232 order): whether the data's covered shares include its goods. */
const LISTED = S232.map((p) => PROGRAM_ROWS[p].inCoveredShares === true);
// The table read once into flat arrays, so that the per-sector loop only indexes numbers.
const S232_AT = S232.map((p) => INDEX[p]);
const RESIDUAL_AT = RESIDUAL.map((p) => INDEX[p]);
const BASKET_AT = BASKETS.map((p) => INDEX[p]);
const S232_OFFSET = S232.map((p) => PROGRAM_ROWS[p].offset);
const S232_USMCA = S232.map((p) => PROGRAM_ROWS[p].usmca);
const S232_SHARE = S232.map((p) => USMCA_SHARE_INDEX[PROGRAM_ROWS[p].usmcaShare]);

/** A sector in flat arrays: compiled once per dataset so that each simulation only reads numbers. */
interface CompiledSector {
  sector: Sector;
  V: number;
  /** Per metals basis, per 232 program (S232 order): the share of value that pays its rate, and that it covers. */
  pays: Float64Array[];
  covers: Float64Array[];
  /** Per metals basis: the coverage of the programs in the data's covered shares, all switched on. */
  coversSum: Float64Array;
  /** Per period: [all, non232, autos, autoParts, mhdTrucks, mhdParts]. */
  usmca: Float64Array[];
  mfnNonUsmca: Float64Array;
  /** Section 338 baskets: value on the lists, not under 232 (Canada). */
  basket: number;
  /** Per metals basis: the covered share the country-wide tariff reads, and each residual program's (RESIDUAL order). */
  cwCovered: Float64Array;
  resCovered: Float64Array[];
  resExempt: Float64Array[];
}

const compiled = new WeakMap<CountryData, CompiledSector[]>();

function compileSector(sector: Sector): CompiledSector {
  const pays: Float64Array[] = [];
  const covers: Float64Array[] = [];
  const coversSum = new Float64Array(METALS_BASES.length);
  METALS_BASES.forEach((basis, b) => {
    const scopes = S232.map((p) => scopeOf(p, sector, basis));
    pays.push(Float64Array.from(scopes, (x) => x.pays));
    covers.push(Float64Array.from(scopes, (x) => x.covers));
    coversSum[b] = scopes.reduce((a, x, i) => a + (LISTED[i] ? x.covers : 0), 0);
  });
  const b = sector.shares2026.s338;
  return {
    sector,
    V: sector.imports2024Usd,
    pays,
    covers,
    coversSum,
    usmca: PERIODS.map((period) => {
      const u = sector.usmca[period];
      return Float64Array.of(u.all, u.non232, u.autos, u.autoParts, u.mhdTrucks, u.mhdParts);
    }),
    mfnNonUsmca: Float64Array.from(PERIODS, (period) => sector.mfnNonUsmca[period]),
    basket: b.alcohol + b.dairy + b.motorVehicleBasket,
    cwCovered: Float64Array.from(METALS_BASES, (basis) => residualShares('countryWide', sector, basis).covered),
    resCovered: METALS_BASES.map((basis) =>
      Float64Array.from(RESIDUAL, (p) => residualShares(p, sector, basis).covered),
    ),
    resExempt: METALS_BASES.map((basis) => Float64Array.from(RESIDUAL, (p) => residualShares(p, sector, basis).exempt)),
  };
}

function compile(data: CountryData): CompiledSector[] {
  let c = compiled.get(data);
  if (!c) {
    c = data.sectors.map(compileSector);
    compiled.set(data, c);
  }
  return c;
}

export { MAX_SECTOR_ELASTICITY, breakdownFrom, scenarioFor, sectorElasticity, volumeFactor } from './response';

/** Scenario terms shared by every sector of one country. */
interface CountryTerms {
  country: Country;
  general: number;
  carveout: number;
  /** Uniform USMCA share, or -1 to use the observed shares of the period. */
  uniform: number;
  periodIndex: number;
  basisIndex: number;
  relief: boolean;
  /** Rates of the 232 programs (S232 order), of the residual programs (RESIDUAL order), of the baskets. */
  s232: Float64Array;
  residual: Float64Array;
  baskets: Float64Array;
  anyBasket: boolean;
  anyResidual: boolean;
  ban: boolean;
}

/** The scenario's rates of some programs, in their order (a plain loop: Float64Array.from with a map is slow in V8). */
function ratesOf(ids: readonly RateProgramId[], s: Scenario): Float64Array {
  const out = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = s[ids[i] as RateProgramId];
  return out;
}

function countryTerms(s: Scenario, country: Country): CountryTerms {
  const ca = country === 'CA';
  const v = scenarioFor(s, country);
  return {
    country,
    general: ca ? s.caGeneral : s.mxGeneral,
    carveout: ca ? s.caEnergy : s.mxPotash,
    uniform: s.utilization === 'uniform' ? (ca ? s.uniformCa : s.uniformMx) : -1,
    periodIndex: PERIODS.indexOf(s.period),
    basisIndex: METALS_BASES.indexOf(s.metalsBasis),
    relief: s.usmcaExemption && !s.usmcaTerminated,
    s232: ratesOf(S232, v),
    residual: ratesOf(RESIDUAL, v),
    baskets: ratesOf(BASKETS, v),
    anyBasket: BASKETS.some((p) => v[p] > 0),
    anyResidual: RESIDUAL.some((p) => v[p] > 0),
    ban: v.s338Mode === 'ban' && BASKETS.some((p) => v[p] > 0),
  };
}

/** USMCA share i of a sector ([all, non232, autos, autoParts, mhdTrucks, mhdParts]), or the uniform override. */
function shareOf(t: CountryTerms, shares: Float64Array, i: number): number {
  return t.uniform >= 0 ? t.uniform : (shares[i] as number);
}

/** A residual program's (or the country-wide tariff's) covered and exempt shares, from its row of the table. */
function residualShares(p: ProgramId, sector: Sector, basis: MetalsBasis): { covered: number; exempt: number } {
  return PROGRAM_ROWS[p].residualShares?.(sector, basis) ?? { covered: 0, exempt: 0 };
}

// Scratch buffers reused across sectors: the model is synchronous, so sharing them is safe.
/** Contributions to the sector ETR, in PROGRAMS order. */
const contrib = new Float64Array(N);
const sliceSize = new Float64Array(S232.length + 2);
const sliceDuty = new Float64Array(S232.length + 2);

/** The scope (share of value) and rate behind each program's contribution, for "why this number" (PROGRAMS order). */
const termScope = new Float64Array(N);
const termRate = new Float64Array(N);

/** What computeSector leaves behind for its caller (scratch, overwritten by the next sector). */
const out = { exposedShare: 0, etr: 0, dutyAfterUsd: 0, exportChangeUsd: 0, covered: 0 };

/**
 * The model for one compiled sector: fills `contrib` (ETR by program) and `out`, and adds the sector's duty
 * by program (USD, PROGRAMS order) into `dutyByProgram`. Allocates nothing, so sweeps stay cheap.
 */
function computeSector(cs: CompiledSector, t: CountryTerms, s: Scenario, dutyByProgram: Float64Array): void {
  const { sector, V } = cs;
  const shares = cs.usmca[t.periodIndex] as Float64Array;
  const pays = cs.pays[t.basisIndex] as Float64Array;
  const covers = cs.covers[t.basisIndex] as Float64Array;
  const terminated = s.usmcaTerminated;
  const relief = t.relief;
  contrib.fill(0);
  termScope.fill(0);
  termRate.fill(0);

  // Rule 4, MFN on the non-USMCA part; it is also the baseline r0 of the trade response.
  const uAll = shareOf(t, shares, 0);
  const mfnBaseline = (cs.mfnNonUsmca[t.periodIndex] as number) * (1 - uAll);
  // USMCA terminated: every good pays the sector's average MFN rate. With a uniform utilization override the
  // baseline can exceed that average; termination never lowers MFN duty, hence the max.
  const mfn = terminated ? Math.max(sector.mfnRate, mfnBaseline) : mfnBaseline;
  contrib[INDEX.mfn] = mfn;
  termScope[INDEX.mfn] = 1;
  termRate[INDEX.mfn] = terminated ? mfn : (cs.mfnNonUsmca[t.periodIndex] as number);

  // Rule 1, Section 232 programs (they never stack with the country-wide tariff, Section 122 or 301).
  let activeCover = 0;
  let activeListed = 0;
  let paying = 0;
  for (let i = 0; i < S232.length; i++) {
    const at = S232_AT[i] as number;
    const scope = pays[i] as number;
    const rate = t.s232[i] as number;
    if (rate <= 0 || scope <= 0) continue;
    activeCover += covers[i] as number;
    if (LISTED[i]) activeListed += covers[i] as number;
    const effRate = S232_OFFSET[i] ? Math.max(0, rate - s.autoOffset) : rate;
    const usmca = relief ? (S232_USMCA[i] as UsmcaTreatment) : 'none';
    const u = usmca === 'none' ? 0 : shareOf(t, shares, S232_SHARE[i] as number);
    const factor = usmca === 'nonUsContent' ? 1 - s.usContentShare * u : usmca === 'none' ? 1 : 1 - u;
    contrib[at] = effRate * scope * factor;
    termScope[at] = scope;
    termRate[at] = effRate;
    // Value that pays this program's duty: its coverage, but for exempt USMCA goods only the non-USMCA part.
    paying += usmca === 'qualifyingExempt' ? (covers[i] as number) * factor : (covers[i] as number);
  }
  // Where the data's scopes overlap past the whole good (Mexico's iron and steel: 100.14%), the 232 duties are
  // scaled to the whole: no value pays 232 twice over.
  if (activeCover > 1) {
    for (const at of S232_AT) {
      contrib[at] = (contrib[at] as number) / activeCover;
      termScope[at] = (termScope[at] as number) / activeCover;
    }
    paying /= activeCover;
    activeListed /= activeCover;
    activeCover = 1;
  }
  const coversSum = cs.coversSum[t.basisIndex] as number;
  // Rule 2, covered value: a program switched off hands its goods back to the programs charged on the rest. Value
  // that pays a 232 duty is never also in their base (no stacking): where overlapping scopes add up to more than
  // the sector's covered share (Mexico's other transport: steel and aluminum scopes of 16.4%, 12.0% covered), the
  // covered value is at least the value paying 232.
  const listedFraction = activeCover > 0 && coversSum > 0 ? activeListed / coversSum : 0;

  // Rule 3, the country-wide tariff and the residual programs on the uncovered, non-USMCA value. They never stack
  // on one another: each takes what the ones before it in the table left untaxed (its exemptions), so with every
  // rate at r no value pays more than r (k: share on the reduced-rate list).
  const uRest = relief ? shareOf(t, shares, 1) : 0;
  const k = sector.carveoutShare;
  const covered = activeCover > 0 ? Math.max((cs.cwCovered[t.basisIndex] as number) * listedFraction, paying) : 0;
  const resCovered = cs.resCovered[t.basisIndex] as Float64Array;
  const resExempt = cs.resExempt[t.basisIndex] as Float64Array;
  let untaxed = 1;
  termScope[INDEX.countryWide] = 1 - covered;
  termRate[INDEX.countryWide] = t.general * (1 - k) + t.carveout * k;
  if (t.general > 0 || t.carveout > 0) {
    contrib[INDEX.countryWide] = (t.general * (1 - k) + t.carveout * k) * (1 - covered) * (1 - uRest);
    untaxed = t.general > 0 && t.carveout > 0 ? 0 : t.general > 0 ? k : 1 - k;
  }
  let residualCoveredMin = covered;
  for (let i = 0; i < RESIDUAL.length; i++) {
    const rate = t.residual[i] as number;
    if (rate <= 0 || untaxed <= 0) continue;
    const at = RESIDUAL_AT[i] as number;
    const cov = activeCover > 0 ? Math.max((resCovered[i] as number) * listedFraction, paying) : 0;
    const e = resExempt[i] as number;
    contrib[at] = rate * (1 - cov) * (1 - uRest) * (1 - e) * untaxed;
    termScope[at] = (1 - cov) * (1 - e) * untaxed;
    termRate[at] = rate;
    untaxed *= e;
    residualCoveredMin = Math.min(residualCoveredMin, cov);
  }

  // Baskets (Section 338): whether or not USMCA is claimed, never on 232 goods (the shares exclude them); a ban
  // removes that trade instead of taxing it.
  const basket = t.anyBasket ? cs.basket : 0;
  if (basket > 0 && !t.ban)
    for (let i = 0; i < BASKET_AT.length; i++) {
      const at = BASKET_AT[i] as number;
      contrib[at] = (t.baskets[i] as number) * cs.basket;
      termScope[at] = cs.basket;
      termRate[at] = t.baskets[i] as number;
    }

  // Slices for the trade response: each active 232 program holds its coverage, grown to the covered value when
  // that is larger (derivatives: the whole good, not only its metal content); the uncovered value faces the
  // residual programs and the baskets' duty. Where overlaps in the data push the slices past the whole, they are
  // scaled down.
  const grow = activeCover > 0 ? Math.max(1, covered / activeCover) : 1;
  let n = 0;
  let total = 0;
  let exposed = 0;
  for (let i = 0; i < S232.length; i++) {
    const duty = contrib[S232_AT[i] as number] as number;
    if (duty <= 0) continue;
    const size = (covers[i] as number) * grow;
    sliceSize[n] = size;
    sliceDuty[n] = duty;
    total += size;
    n++;
    // Exempt USMCA parts face no new tariff; USMCA vehicles still pay on their non-US content.
    exposed +=
      relief && S232_USMCA[i] === 'qualifyingExempt' ? size * (1 - shareOf(t, shares, S232_SHARE[i] as number)) : size;
  }
  let restDuty = contrib[INDEX.countryWide] as number;
  for (const at of RESIDUAL_AT) restDuty += contrib[at] as number;
  for (const at of BASKET_AT) restDuty += contrib[at] as number;
  const restSize = Math.max(0, 1 - residualCoveredMin - (t.ban ? basket : 0));
  if (restDuty > 0 && restSize > 0) {
    sliceSize[n] = restSize;
    sliceDuty[n] = restDuty;
    total += restSize;
    n++;
    const cw = (t.general > 0 ? 1 - k : 0) + (t.carveout > 0 ? k : 0);
    const residualTaxed = t.anyResidual ? 1 : 0;
    exposed += restSize * (1 - uRest) * Math.min(1, Math.max(cw, residualTaxed)) + (t.ban ? 0 : basket);
  }
  const scale = total > 1 ? 1 / total : 1;
  exposed = Math.min(1, exposed * scale + (t.ban ? basket : 0));
  // Termination: goods that claimed USMCA now pay MFN, a new tariff for them.
  if (terminated && mfn > mfnBaseline) exposed += uAll * (1 - exposed);

  // Rule 6, constant-elasticity response slice by slice: V1 = V_slice ((1 + r1) / (1 + r0))^(-epsilon).
  // The change is summed slice by slice so that an untouched slice contributes exactly zero; a banned basket
  // is lost whole.
  const epsilon = sectorElasticity(sector, s);
  let exportChangeUsd = t.ban ? -V * basket : 0;
  let dutyAfter = 0;
  let sliced = t.ban ? basket : 0;
  for (let i = 0; i < n; i++) {
    const size = (sliceSize[i] as number) * scale;
    const r1 = mfn + (sliceDuty[i] as number) / size;
    const f = volumeFactor(mfnBaseline, r1, epsilon);
    exportChangeUsd += V * size * (f - 1);
    dutyAfter += V * size * f * r1;
    sliced += size;
  }
  const rest = Math.max(0, 1 - sliced);
  const fRest = volumeFactor(mfnBaseline, mfn, epsilon);
  exportChangeUsd += V * rest * (fRest - 1);
  dutyAfter += V * rest * fRest * mfn;

  let etr = 0;
  for (let i = 0; i < N; i++) {
    etr += contrib[i] as number;
    dutyByProgram[i] = (dutyByProgram[i] as number) + V * (contrib[i] as number);
  }
  out.exposedShare = exposed;
  out.covered = covered;
  out.etr = etr;
  out.dutyAfterUsd = dutyAfter;
  out.exportChangeUsd = exportChangeUsd;
}

function simulateCompiled(cs: CompiledSector, t: CountryTerms, s: Scenario, dutyByProgram: Float64Array): SectorResult {
  computeSector(cs, t, s, dutyByProgram);
  const V = cs.V;
  return {
    id: cs.sector.id,
    label: cs.sector.label,
    importsUsd: V,
    exposedUsd: V * out.exposedShare,
    dutyUsd: V * out.etr,
    etr: out.etr,
    dutyAfterResponseUsd: out.dutyAfterUsd,
    exportChangeUsd: out.exportChangeUsd,
    exportChangePct: V > 0 ? out.exportChangeUsd / V : 0,
    byProgram: breakdownFrom(contrib),
  };
}

/** One sector of one country under a scenario. */
export function simulateSector(sector: Sector, country: Country, s: Scenario): SectorResult {
  return simulateCompiled(compileSector(sector), countryTerms(s, country), s, new Float64Array(N));
}

/** A program's part of one sector's rate: contribution = scope x rate x what USMCA leaves to pay. */
export interface SectorTerm {
  program: ProgramId;
  scope: number;
  rate: number;
}

/**
 * One sector with the scope and rate behind each program's contribution, as the model computed them: "why this
 * number" reads these instead of redoing the model's arithmetic.
 */
export function simulateSectorTerms(
  sector: Sector,
  country: Country,
  s: Scenario,
): { result: SectorResult; covered: number; terms: SectorTerm[] } {
  const result = simulateSector(sector, country, s);
  const terms = PROGRAMS.map((program, i) => ({ program, scope: termScope[i] as number, rate: termRate[i] as number }));
  return { result, covered: out.covered, terms };
}

export function simulateCountry(data: CountryData, s: Scenario): CountryResult {
  const t = countryTerms(s, data.id);
  const dutyByProgram = new Float64Array(N);
  const bySector = compile(data).map((cs) => simulateCompiled(cs, t, s, dutyByProgram));
  return countryResultFrom(data, bySector, dutyByProgram);
}

/** Country totals only: ETR and export change (fractions of imports), for sweeps that run the model many times. */
export interface CountryTotals {
  etr: number;
  exportChangePct: number;
}

const sweepDuty = new Float64Array(N);

/** The same numbers as simulate's country ETR and export change, without building per-sector results. */
export function simulateTotals(dataset: Dataset, s: Scenario): Record<Country, CountryTotals> {
  const totals = {} as Record<Country, CountryTotals>;
  for (const c of COUNTRIES) {
    const data = dataset.countries[c];
    const t = countryTerms(s, c);
    let imports = 0;
    let duty = 0;
    let change = 0;
    for (const cs of compile(data)) {
      computeSector(cs, t, s, sweepDuty);
      imports += cs.V;
      duty += cs.V * out.etr;
      change += out.exportChangeUsd;
    }
    totals[c] = { etr: imports > 0 ? duty / imports : 0, exportChangePct: imports > 0 ? change / imports : 0 };
  }
  return totals;
}

/** Pure: the same dataset and scenario always give the same result; neither is mutated. */
export function simulate(dataset: Dataset, scenario: Scenario): SimulationResult {
  const countries = {} as Record<Country, CountryResult>;
  for (const c of COUNTRIES) countries[c] = simulateCountry(dataset.countries[c], scenario);
  return { baseYear: dataset.baseYear, dataVersion: dataset.version, countries };
}
