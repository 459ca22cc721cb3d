// The model as the app and the CLI run it: the product engine (products.ts) on every HTS10 line, with sector and
// country results as sums over lines. One engine, so the app never shows two figures for the same thing; the sector
// rules of MODEL.md (sectorModel.ts) are the reference the tests compare it with.
import { productEngine } from './engine';
import {
  COUNTRIES,
  type Country,
  type CountryData,
  type CountryResult,
  type Dataset,
  type Scenario,
  type SimulationResult,
} from './types';

export { MAX_SECTOR_ELASTICITY, breakdownFrom, scenarioFor, sectorElasticity, volumeFactor } from './response';

/** Thrown for a dataset whose product table is missing (the loader attaches it; a test fixture may not). */
export class NoProductsError extends Error {
  override name = 'NoProductsError';
}

function engineFor(data: CountryData) {
  const engine = productEngine();
  if (!data.products || !engine) throw new NoProductsError(`${data.id}: the product table is not loaded`);
  return { engine, lines: data.products };
}

export function simulateCountry(data: CountryData, s: Scenario): CountryResult {
  const { engine, lines } = engineFor(data);
  return engine.country(data, lines, s);
}

/** Country totals only: ETR and export change (fractions of imports), for sweeps that run the model many times. */
export interface CountryTotals {
  etr: number;
  exportChangePct: number;
}

/** One country's ETR and export change, without per-sector results. */
export function simulateCountryTotals(data: CountryData, s: Scenario): CountryTotals {
  const { engine, lines } = engineFor(data);
  return engine.totals(data, lines, s);
}

/** The same numbers as simulate's country ETR and export change, without building per-sector results. */
export function simulateTotals(dataset: Dataset, s: Scenario): Record<Country, CountryTotals> {
  const totals = {} as Record<Country, CountryTotals>;
  for (const c of COUNTRIES) {
    const { engine, lines } = engineFor(dataset.countries[c]);
    totals[c] = engine.totals(dataset.countries[c], lines, s);
  }
  return totals;
}

/** Pure: the same dataset and scenario always give the same result; neither is mutated. */
export function simulate(dataset: Dataset, scenario: Scenario): SimulationResult {
  const countries = {} as Record<Country, CountryResult>;
  for (const c of COUNTRIES) countries[c] = simulateCountry(dataset.countries[c], scenario);
  return { baseYear: dataset.baseYear, dataVersion: dataset.version, countries };
}
