// "Why this number": one sector's ETR decomposed into value x scope x rate x USMCA factor, per program.
import { PROGRAM_ROWS, type ProgramKind } from './programs';
import { simulateSectorTerms } from './simulate';

/** The normal duty and the country-wide tariff are explained even at 0 (what a sector pays, and what it escapes). */
const ALWAYS_SHOWN = new Set<ProgramKind>(['mfn', 'countryWide']);
import type { Country, Program, Scenario, Sector, SectorResult } from './types';

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
export function explainSector(sector: Sector, country: Country, s: Scenario): SectorExplanation {
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
