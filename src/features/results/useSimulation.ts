// The model result, derived (never stored): memoised on the dataset and the scenario object.
import { useMemo } from 'react';
import { presets } from '../../model/presets';
import { simulate } from '../../model/simulate';
import type { Dataset, SimulationResult } from '../../model/types';
import { useAppStore } from '../../state/store';

export function useSimulation(dataset: Dataset): SimulationResult {
  const scenario = useAppStore((s) => s.scenario);
  return useMemo(() => simulate(dataset, scenario), [dataset, scenario]);
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
