// "Why this number": one sector's ETR decomposed into value x scope x rate x USMCA factor, per program.
import { simulateSector } from './simulate';
import { PROGRAMS_232, type Country, type Program, type Scenario, type Sector, type SectorResult } from './types';

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

/** The terms behind simulateSector's byProgram; each factor is read back from the model's own contribution. */
export function explainSector(sector: Sector, country: Country, s: Scenario): SectorExplanation {
  const result = simulateSector(sector, country, s);
  const V = sector.imports2024Usd;
  const terms: ExplainTerm[] = [];
  const term = (program: Program, scope: number, rate: number) => {
    const contribution = result.byProgram[program];
    const gross = scope * rate;
    terms.push({
      program,
      scope,
      rate,
      usmcaFactor: gross > 0 ? contribution / gross : 1,
      contribution,
      dutyUsd: contribution * V,
    });
  };

  // MFN: the non-USMCA rate, of which USMCA claims leave (1 - u); terminated, the sector rate on everything.
  term('mfn', 1, s.usmcaTerminated ? result.byProgram.mfn : sector.mfnNonUsmca[s.period]);

  let active = 0;
  let all = 0;
  for (const p of PROGRAMS_232) {
    const theta = sector.scope232[p];
    all += theta;
    if (s[p] <= 0 || theta <= 0) continue;
    active += theta;
    const offset = p === 'autos' || p === 'autoParts' ? s.autoOffset : 0;
    term(p, theta, Math.max(0, s[p] - offset));
  }
  const covered = active > 0 ? (sector.coveredShare * active) / all : 0;
  const k = sector.carveoutShare;
  const [general, reduced] = country === 'CA' ? [s.caGeneral, s.caEnergy] : [s.mxGeneral, s.mxPotash];
  term('countryWide', 1 - covered, general * (1 - k) + reduced * k);
  return { result, covered, terms };
}
