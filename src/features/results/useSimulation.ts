// The model result, derived (never stored): each country memoised on the settings that reach it.
import { useMemo } from 'react';
import { presets } from '../../model/presets';
import { scenarioFor, simulate, simulateCountry } from '../../model/simulate';
import type { Country, CountryResult, Dataset, SimulationResult } from '../../model/types';
import { useAppStore } from '../../state/store';

/**
 * One country's result. Keyed on the country's view of the scenario (as text), so moving a Canadian control
 * keeps Mexico's result object, and Mexico's memoised charts skip their render.
 */
function useCountryResult(dataset: Dataset, c: Country): CountryResult {
  const key = useAppStore((s) => JSON.stringify(scenarioFor(s.scenario, c)));
  return useMemo(() => simulateCountry(dataset.countries[c], JSON.parse(key)), [dataset, c, key]);
}

/** The same result as simulate(dataset, scenario), assembled from the two memoised countries. */
export function useSimulation(dataset: Dataset): SimulationResult {
  const CA = useCountryResult(dataset, 'CA');
  const MX = useCountryResult(dataset, 'MX');
  return useMemo(
    () => ({ baseYear: dataset.baseYear, dataVersion: dataset.version, countries: { CA, MX } }),
    [dataset, CA, MX],
  );
}

const baselines = new WeakMap<Dataset, SimulationResult>();
/** The pre-2025 (MFN-only) result every headline is compared with. */
export function useBaseline(dataset: Dataset): SimulationResult {
  let b = baselines.get(dataset);
  if (!b) {
    b = simulate(dataset, presets['pre-2025'].scenario);
    baselines.set(dataset, b);
  }
  return b;
}
