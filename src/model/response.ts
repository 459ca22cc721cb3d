// What the sector model and the product engine share: the trade response, the per-country view of a scenario and
// the breakdown record. Pure; imports only the program table and the types.
import { PROGRAM_ROWS, PROGRAMS, RATE_PROGRAMS, type ProgramId, type RateProgramId } from './programs';
import type { Country, CountryData, CountryResult, ProgramBreakdown, Scenario, Sector, SectorResult } from './types';

const N = PROGRAMS.length;

/** Long-run sector elasticities (Broda–Weinstein) are capped here: beyond it a constant-elasticity response is all-or-nothing. */
export const MAX_SECTOR_ELASTICITY = 8;

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

/** Every program at 0: spreading it gives each breakdown the same shape, which V8 copies fast. */
const ZERO_BREAKDOWN = Object.fromEntries(PROGRAMS.map((p) => [p, 0])) as ProgramBreakdown;

export function breakdownFrom(c: ArrayLike<number>): ProgramBreakdown {
  const out = { ...ZERO_BREAKDOWN };
  for (let i = 0; i < N; i++) out[PROGRAMS[i] as ProgramId] = c[i] ?? 0;
  return out;
}

/** Rates of programs that do not apply to a country are 0 in that country's view (Section 338: Canada only). */
const NOT_FOR: Record<Country, RateProgramId[]> = {
  CA: RATE_PROGRAMS.filter((p) => !(PROGRAM_ROWS[p].countries as readonly Country[]).includes('CA')),
  MX: RATE_PROGRAMS.filter((p) => !(PROGRAM_ROWS[p].countries as readonly Country[]).includes('MX')),
};

/**
 * The scenario as one country's results see it: the other country's own settings blanked. Two scenarios that
 * differ only in Mexico's settings give the same view for Canada, so a screen can keep Canada's result.
 */
export function scenarioFor(s: Scenario, c: Country): Scenario {
  const own =
    c === 'CA' ? { ...s, mxGeneral: 0, mxPotash: 0, uniformMx: 0 } : { ...s, caGeneral: 0, caEnergy: 0, uniformCa: 0 };
  for (const p of NOT_FOR[c]) own[p] = 0;
  if (NOT_FOR[c].includes('section338')) own.s338Mode = 'duty';
  return own;
}

/**
 * A country's result from its sectors' results and its duty by program (USD, PROGRAMS order): the totals are the
 * sums of the sectors, the rates and shares those sums over the country's imports, GDP and exports.
 */
export function countryResultFrom(
  data: CountryData,
  bySector: SectorResult[],
  dutyByProgram: ArrayLike<number>,
): CountryResult {
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
  const of = (x: number) => (importsUsd > 0 ? x / importsUsd : 0);
  return {
    country: data.id,
    importsUsd,
    exposedUsd,
    exposedShare: of(exposedUsd),
    dutyUsd,
    etr: of(dutyUsd),
    dutyAfterResponseUsd,
    exportChangeUsd,
    exportChangePct: of(exportChangeUsd),
    exportChangePctGdp: data.gdpUsd > 0 ? exportChangeUsd / data.gdpUsd : 0,
    exportChangePctExports: data.totalExportsUsd > 0 ? exportChangeUsd / data.totalExportsUsd : 0,
    byProgram: breakdownFrom(Array.from({ length: N }, (_, i) => of(dutyByProgram[i] ?? 0))),
    bySector,
  };
}
