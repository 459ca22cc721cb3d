// The tariff exposure model of MODEL.md: static duty by program, then a constant-elasticity trade response, per sector.
import {
  COUNTRIES,
  PERIODS,
  PROGRAMS,
  PROGRAMS_232,
  type Country,
  type CountryData,
  type CountryResult,
  type Dataset,
  type ProgramBreakdown,
  type Scenario,
  type Sector,
  type SectorResult,
  type SimulationResult,
} from './types';

/** Long-run sector elasticities (Broda–Weinstein) are capped here: beyond it a constant-elasticity response is all-or-nothing. */
export const MAX_SECTOR_ELASTICITY = 8;

const N232 = PROGRAMS_232.length;
/** USMCA relief of each 232 program, in PROGRAMS_232 order: none, vehicles pay on non-US content, parts exempt. */
const Relief = { None: 0, Content: 1, Full: 2 } as const;
type Relief = (typeof Relief)[keyof typeof Relief];
const RELIEF: readonly Relief[] = PROGRAMS_232.map((p) =>
  p === 'autos' || p === 'mhdTrucks'
    ? Relief.Content
    : p === 'autoParts' || p === 'mhdParts'
      ? Relief.Full
      : Relief.None,
);
/** Programs from whose rate the US-assembly offset is subtracted (MODEL.md rule 1). */
const OFFSET: readonly boolean[] = PROGRAMS_232.map((p) => p === 'autos' || p === 'autoParts');
/** Index into a sector's USMCA shares [all, non232, autos, autoParts, mhdTrucks, mhdParts] for each program. */
const SHARE_INDEX: readonly number[] = PROGRAMS_232.map((p) =>
  p === 'autos' ? 2 : p === 'autoParts' ? 3 : p === 'mhdTrucks' ? 4 : p === 'mhdParts' ? 5 : 0,
);

/** A sector in flat arrays: compiled once per dataset so that each simulation only reads numbers. */
interface CompiledSector {
  sector: Sector;
  V: number;
  theta: Float64Array;
  thetaSum: number;
  /** Per period: [all, non232, autos, autoParts, mhdTrucks, mhdParts]. */
  usmca: Float64Array[];
  mfnNonUsmca: Float64Array;
}

const compiled = new WeakMap<CountryData, CompiledSector[]>();

function compileSector(sector: Sector): CompiledSector {
  const theta = Float64Array.from(PROGRAMS_232, (p) => sector.scope232[p]);
  return {
    sector,
    V: sector.imports2024Usd,
    theta,
    thetaSum: theta.reduce((a, b) => a + b, 0),
    usmca: PERIODS.map((period) => {
      const u = sector.usmca[period];
      return Float64Array.of(u.all, u.non232, u.autos, u.autoParts, u.mhdTrucks, u.mhdParts);
    }),
    mfnNonUsmca: Float64Array.from(PERIODS, (period) => sector.mfnNonUsmca[period]),
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

/** Trade elasticity of one sector under the scenario. */
export function sectorElasticity(sector: Sector, s: Scenario): number {
  const base =
    s.elasticityMode === 'sector' ? Math.min(sector.sigmaBw ?? s.elasticity, MAX_SECTOR_ELASTICITY) : s.elasticity;
  return base * s.elasticityMultiplier;
}

/** Constant-elasticity volume factor ((1 + r1) / (1 + r0))^(-epsilon); exact division for epsilon = 1. */
export function volumeFactor(r0: number, r1: number, epsilon: number): number {
  if (r1 === r0 || epsilon === 0) return 1;
  const ratio = (1 + r0) / (1 + r1);
  return epsilon === 1 ? ratio : Math.pow(ratio, epsilon);
}

export function breakdownFrom(c: ArrayLike<number>): ProgramBreakdown {
  return {
    mfn: c[0] ?? 0,
    countryWide: c[1] ?? 0,
    steel: c[2] ?? 0,
    aluminum: c[3] ?? 0,
    copper: c[4] ?? 0,
    autos: c[5] ?? 0,
    autoParts: c[6] ?? 0,
    mhdTrucks: c[7] ?? 0,
    mhdParts: c[8] ?? 0,
    buses: c[9] ?? 0,
    lumber: c[10] ?? 0,
    furniture: c[11] ?? 0,
  };
}

/**
 * The scenario as one country's results see it: the other country's own settings blanked. Two scenarios that
 * differ only in Mexico's settings give the same view for Canada, so a screen can keep Canada's result.
 */
export function scenarioFor(s: Scenario, c: Country): Scenario {
  return c === 'CA'
    ? { ...s, mxGeneral: 0, mxPotash: 0, uniformMx: 0 }
    : { ...s, caGeneral: 0, caEnergy: 0, uniformCa: 0 };
}

/** Scenario terms shared by every sector of one country. */
interface CountryTerms {
  country: Country;
  general: number;
  carveout: number;
  /** Uniform USMCA share, or -1 to use the observed shares of the period. */
  uniform: number;
  periodIndex: number;
  relief: boolean;
  rates: Float64Array;
}

function countryTerms(s: Scenario, country: Country): CountryTerms {
  const ca = country === 'CA';
  return {
    country,
    general: ca ? s.caGeneral : s.mxGeneral,
    carveout: ca ? s.caEnergy : s.mxPotash,
    uniform: s.utilization === 'uniform' ? (ca ? s.uniformCa : s.uniformMx) : -1,
    periodIndex: PERIODS.indexOf(s.period),
    relief: s.usmcaExemption && !s.usmcaTerminated,
    rates: Float64Array.from(PROGRAMS_232, (p) => s[p]),
  };
}

/** USMCA share i of a sector ([all, non232, autos, autoParts, mhdTrucks, mhdParts]), or the uniform override. */
function shareOf(t: CountryTerms, shares: Float64Array, i: number): number {
  return t.uniform >= 0 ? t.uniform : (shares[i] as number);
}

// Scratch buffers reused across sectors: the model is synchronous, so sharing them is safe.
/** Contributions to the sector ETR, in PROGRAMS order (0 mfn, 1 countryWide, 2.. the 232 programs). */
const contrib = new Float64Array(PROGRAMS.length);
const sliceSize = new Float64Array(N232 + 1);
const sliceDuty = new Float64Array(N232 + 1);

/** What computeSector leaves behind for its caller (scratch, overwritten by the next sector). */
const out = { exposedShare: 0, etr: 0, dutyAfterUsd: 0, exportChangeUsd: 0 };

/**
 * The model for one compiled sector: fills `contrib` (ETR by program) and `out`, and adds the sector's duty
 * by program (USD, PROGRAMS order) into `dutyByProgram`. Allocates nothing, so sweeps stay cheap.
 */
function computeSector(cs: CompiledSector, t: CountryTerms, s: Scenario, dutyByProgram: Float64Array): void {
  const { sector, V, theta } = cs;
  const shares = cs.usmca[t.periodIndex] as Float64Array;
  const terminated = s.usmcaTerminated;
  const relief = t.relief;
  contrib.fill(0);

  // Rule 4, MFN on the non-USMCA part; it is also the baseline r0 of the trade response.
  const uAll = shareOf(t, shares, 0);
  const mfnBaseline = (cs.mfnNonUsmca[t.periodIndex] as number) * (1 - uAll);
  // USMCA terminated: every good pays the sector's average MFN rate. With a uniform utilization override the
  // baseline can exceed that average; termination never lowers MFN duty, hence the max.
  const mfn = terminated ? Math.max(sector.mfnRate, mfnBaseline) : mfnBaseline;
  contrib[0] = mfn;

  // Rule 1, Section 232 programs (they never stack with the country-wide tariff).
  let activeTheta = 0;
  let payingTheta = 0;
  for (let p = 0; p < N232; p++) {
    const th = theta[p] as number;
    const rate = t.rates[p] as number;
    if (rate <= 0 || th <= 0) continue;
    activeTheta += th;
    const effRate = OFFSET[p] ? Math.max(0, rate - s.autoOffset) : rate;
    const kind: Relief = relief ? (RELIEF[p] as Relief) : Relief.None;
    const factor =
      kind === Relief.Content
        ? 1 - s.usContentShare * shareOf(t, shares, SHARE_INDEX[p] as number)
        : kind === Relief.Full
          ? 1 - shareOf(t, shares, SHARE_INDEX[p] as number)
          : 1;
    contrib[p + 2] = effRate * th * factor;
    // Value that pays this program's duty: all of its scope, but for USMCA parts (exempt) only the non-USMCA part.
    payingTheta += kind === Relief.Full ? th * factor : th;
  }

  // Where the data's scopes overlap past the whole good (Mexico's iron and steel: 100.14%), the 232 duties are
  // scaled to the whole: no value pays 232 twice over.
  if (activeTheta > 1) {
    for (let p = 0; p < N232; p++) contrib[p + 2] = (contrib[p + 2] as number) / activeTheta;
    payingTheta /= activeTheta;
    activeTheta = 1;
  }

  // Rule 2, covered value: a program switched off hands its goods back to the country-wide tariff. Value that pays
  // a 232 duty is never also in the country-wide base (no stacking, MODEL.md rule 2): where overlapping scopes add
  // up to more than the sector's covered share (Mexico's other transport: steel and aluminum scopes of 16.4%, 12.0%
  // covered), the covered value is at least the value paying 232.
  const covered = activeTheta > 0 ? Math.max((sector.coveredShare * activeTheta) / cs.thetaSum, payingTheta) : 0;

  // Rule 3, country-wide tariff on the uncovered, non-USMCA value (k: share on the reduced-rate list).
  const k = sector.carveoutShare;
  const uRest = relief ? shareOf(t, shares, 1) : 0;
  const cwRate = t.general * (1 - k) + t.carveout * k;
  contrib[1] = cwRate * (1 - covered) * (1 - uRest);

  // Slices for the trade response: each active program holds its scope, grown to the covered value when
  // that is larger (derivatives: the whole good, not only its metal content); the uncovered value faces
  // the country-wide tariff. Where overlaps in the data push the slices past the whole, they are scaled down.
  const grow = activeTheta > 0 ? Math.max(1, covered / activeTheta) : 1;
  let n = 0;
  let total = 0;
  let exposed = 0;
  for (let p = 0; p < N232; p++) {
    const duty = contrib[p + 2] as number;
    if (duty <= 0) continue;
    const size = (theta[p] as number) * grow;
    sliceSize[n] = size;
    sliceDuty[n] = duty;
    total += size;
    n++;
    // Exempt USMCA parts face no new tariff; USMCA vehicles still pay on their non-US content.
    exposed += relief && RELIEF[p] === Relief.Full ? size * (1 - shareOf(t, shares, SHARE_INDEX[p] as number)) : size;
  }
  if (contrib[1] > 0) {
    sliceSize[n] = 1 - covered;
    sliceDuty[n] = contrib[1];
    total += 1 - covered;
    n++;
    exposed += (1 - covered) * (1 - uRest) * ((t.general > 0 ? 1 - k : 0) + (t.carveout > 0 ? k : 0));
  }
  const scale = total > 1 ? 1 / total : 1;
  exposed = Math.min(1, exposed * scale);
  // Termination: goods that claimed USMCA now pay MFN, a new tariff for them.
  if (terminated && mfn > mfnBaseline) exposed += uAll * (1 - exposed);

  // Rule 6, constant-elasticity response slice by slice: V1 = V_slice ((1 + r1) / (1 + r0))^(-epsilon).
  // The change is summed slice by slice so that an untouched slice contributes exactly zero.
  const epsilon = sectorElasticity(sector, s);
  let exportChangeUsd = 0;
  let dutyAfter = 0;
  let sliced = 0;
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
  for (let i = 0; i < contrib.length; i++) {
    etr += contrib[i] as number;
    dutyByProgram[i] = (dutyByProgram[i] as number) + V * (contrib[i] as number);
  }
  out.exposedShare = exposed;
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
  return simulateCompiled(compileSector(sector), countryTerms(s, country), s, new Float64Array(PROGRAMS.length));
}

export function simulateCountry(data: CountryData, s: Scenario): CountryResult {
  const t = countryTerms(s, data.id);
  const dutyByProgram = new Float64Array(PROGRAMS.length);
  const bySector = compile(data).map((cs) => simulateCompiled(cs, t, s, dutyByProgram));
  let importsUsd = 0;
  let exposedUsd = 0;
  let dutyUsd = 0;
  let dutyAfterResponseUsd = 0;
  let exportChangeUsd = 0;
  for (const r of bySector) {
    importsUsd += r.importsUsd;
    exposedUsd += r.exposedUsd;
    dutyUsd += r.dutyUsd;
    dutyAfterResponseUsd += r.dutyAfterResponseUsd;
    exportChangeUsd += r.exportChangeUsd;
  }
  const ofImports = (x: number) => (importsUsd > 0 ? x / importsUsd : 0);
  return {
    country: data.id,
    importsUsd,
    exposedUsd,
    exposedShare: ofImports(exposedUsd),
    dutyUsd,
    etr: ofImports(dutyUsd),
    dutyAfterResponseUsd,
    exportChangeUsd,
    exportChangePct: ofImports(exportChangeUsd),
    exportChangePctGdp: data.gdpUsd > 0 ? exportChangeUsd / data.gdpUsd : 0,
    exportChangePctExports: data.totalExportsUsd > 0 ? exportChangeUsd / data.totalExportsUsd : 0,
    byProgram: breakdownFrom(dutyByProgram.map(ofImports)),
    bySector,
  };
}

/** Country totals only: ETR and export change (fractions of imports), for sweeps that run the model many times. */
export interface CountryTotals {
  etr: number;
  exportChangePct: number;
}

const sweepDuty = new Float64Array(PROGRAMS.length);

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
