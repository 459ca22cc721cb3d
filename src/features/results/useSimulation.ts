// The model result, derived (never stored): each country recomputed only when the settings that reach it change,
// and read by each component through its own selector, so a step re-renders what shows a changed number and nothing
// above it (the simulator screen itself subscribes to no result).
import { presets } from '../../model/presets';
import { productEngine } from '../../model/engine';
import { scenarioFor, simulate, simulateCountry } from '../../model/simulate';
import {
  COUNTRIES,
  type Country,
  type CountryResult,
  type Dataset,
  type Scenario,
  type SimulationResult,
} from '../../model/types';
import { useAppStore } from '../../state/store';

interface Derived {
  scenario: Scenario;
  /** Each country's view of the scenario, as text: equal text, same country result. */
  keys: Record<Country, string>;
  result: SimulationResult;
}
const derived = new WeakMap<Dataset, Derived>();

/**
 * The result for this scenario, the same as simulate(dataset, scenario). The last one is kept per dataset: every
 * selector of a step asks with the same scenario object and gets the same result object; moving a Canadian control
 * keeps Mexico's result object, so Mexico's memoised rows and charts skip their render.
 */
export function resultOf(dataset: Dataset, scenario: Scenario): SimulationResult {
  const last = derived.get(dataset);
  if (last?.scenario === scenario) return last.result;
  const keys = {} as Record<Country, string>;
  const countries = {} as Record<Country, CountryResult>;
  let same = last !== undefined;
  for (const c of COUNTRIES) {
    const view = scenarioFor(scenario, c);
    keys[c] = JSON.stringify(view);
    const kept = last && last.keys[c] === keys[c] ? last.result.countries[c] : undefined;
    countries[c] = kept ?? simulateCountry(dataset.countries[c], view);
    if (!kept) same = false;
  }
  const result = same && last ? last.result : { baseYear: dataset.baseYear, dataVersion: dataset.version, countries };
  derived.set(dataset, { scenario, keys, result });
  return result;
}

/**
 * Makes ahead what the first render reads, in slices of one task each (`pause` is a macrotask): each country's plan
 * for the scenario and for the baseline, a few thousand lines per task (the engine's warm), then the result and the
 * baseline, short runs once the plans are there. A throttled phone then meets no long task before or during hydration.
 */
export async function warmResults(dataset: Dataset, scenario: Scenario, pause: () => Promise<void>): Promise<void> {
  for (const c of COUNTRIES) {
    const d = dataset.countries[c];
    for (const s of [scenarioFor(scenario, c), presets['pre-2025'].scenario])
      if (d.products) await productEngine()?.warm(d, d.products, s, pause);
  }
  resultOf(dataset, scenario);
  await pause();
  baselineOf(dataset);
  await pause();
}

/** The whole result of the scenario in the store: re-renders when any country's result changes. */
export function useSimulation(dataset: Dataset): SimulationResult {
  return useAppStore((s) => resultOf(dataset, s.scenario));
}

/** One country's result: re-renders only when that country's result changes. */
export function useCountryResult(dataset: Dataset, c: Country): CountryResult {
  return useAppStore((s) => resultOf(dataset, s.scenario).countries[c]);
}

const baselines = new WeakMap<Dataset, SimulationResult>();
/** The pre-2025 (MFN-only) result every headline is compared with. */
export function baselineOf(dataset: Dataset): SimulationResult {
  let b = baselines.get(dataset);
  if (!b) {
    b = simulate(dataset, presets['pre-2025'].scenario);
    baselines.set(dataset, b);
  }
  return b;
}
