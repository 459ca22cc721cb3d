// "Why this number": one sector's ETR decomposed into value x scope x rate x USMCA factor, per program.
import { PROGRAM_ROWS, type ProgramKind } from './programs';
import { sectorProgramSums } from './products';
import { simulateSectorTerms } from './sectorModel';
import { simulateCountry } from './simulate';

/** The normal duty and the country-wide tariff are explained even at 0 (what a sector pays, and what it escapes). */
const ALWAYS_SHOWN = new Set<ProgramKind>(['mfn', 'countryWide']);
import type { Country, CountryData, Program, Scenario, Sector, SectorResult } from './types';

export interface ExplainTerm {
  program: Program;
  /** Share of the sector's value the program reaches (232: its scope; country-wide: what no active 232 covers). */
  scope: number;
  /** Rate applied (fraction; autos and parts after the offset; country-wide blended with the reduced list). */
  rate: number;
  /** What USMCA leaves to pay: 1 = no relief, 0 = fully exempt. */
  usmcaFactor: number;
  /** scope x rate x usmcaFactor: the term's contribution to the sector ETR. */
  contribution: number;
  dutyUsd: number;
}

export interface SectorExplanation {
  result: SectorResult;
  /** Share of value covered by an active 232 program (the country-wide tariff does not reach it). */
  covered: number;
  terms: ExplainTerm[];
}

/**
 * The terms behind simulateSector's byProgram, from the model's own scopes and rates: MFN and the country-wide
 * tariff always, every other program where it has a rate and a scope; the USMCA factor is read back from the
 * model's contribution.
 */
export function explainSector(
  sector: Sector,
  country: Country,
  s: Scenario,
  data?: CountryData,
  /** The sector's result from the same scenario, when the caller has it (else the model runs again). */
  known?: SectorResult,
): SectorExplanation {
  if (data?.products) return explainFromLines(sector, data, s, known);
  const { result, covered, terms: raw } = simulateSectorTerms(sector, country, s);
  const V = sector.imports2024Usd;
  const terms: ExplainTerm[] = raw
    .filter((x) => ALWAYS_SHOWN.has(PROGRAM_ROWS[x.program].kind) || (x.scope > 0 && x.rate > 0))
    .map(({ program, scope, rate }) => {
      const contribution = result.byProgram[program];
      const gross = scope * rate;
      return {
        program,
        scope,
        rate,
        usmcaFactor: gross > 0 ? contribution / gross : 1,
        contribution,
        dutyUsd: contribution * V,
      };
    });
  return { result, covered, terms };
}

/**
 * The same explanation from the product engine: each program's scope is the value-weighted share of the sector's
 * lines it reaches, its rate the average there before USMCA relief, and the relief factor what is left to pay; the
 * three multiply out to the sector's figure, which is the sum of its lines.
 */
function explainFromLines(sector: Sector, data: CountryData, s: Scenario, known?: SectorResult): SectorExplanation {
  const L = data.products;
  const result = known ?? simulateCountry(data, s).bySector.find((x) => x.id === sector.id);
  if (!L || !result) throw new Error(`no sector ${sector.id}`);
  const V = sector.imports2024Usd;
  const sums = sectorProgramSums(data, L, s, sector.id);
  const covered = V > 0 ? sums.coveredUsd / V : 0;
  const ca = data.id === 'CA';
  const terms: ExplainTerm[] = sums.programs
    .filter((x) => ALWAYS_SHOWN.has(PROGRAM_ROWS[x.program].kind) || x.dutyUsd > 0)
    .map((x) => {
      if (x.reachUsd <= 0) {
        // Shown at 0 (the country-wide tariff switched off): what it would reach, at its setting.
        const rate = x.program === 'countryWide' ? (ca ? s.caGeneral : s.mxGeneral) : 0;
        return { program: x.program, scope: 1 - covered, rate, usmcaFactor: 1, contribution: 0, dutyUsd: 0 };
      }
      return {
        program: x.program,
        scope: V > 0 ? x.reachUsd / V : 0,
        rate: x.grossUsd / x.reachUsd,
        usmcaFactor: x.grossUsd > 0 ? x.dutyUsd / x.grossUsd : 1,
        contribution: V > 0 ? x.dutyUsd / V : 0,
        dutyUsd: x.dutyUsd,
      };
    });
  return { result, covered, terms };
}
