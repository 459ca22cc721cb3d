// What a results panel draws from: the data, and one step of the scenario with the model's result for it.
import type { Dataset, Scenario, SimulationResult } from '../../model/types';

export interface StepProps {
  dataset: Dataset;
  scenario: Scenario;
  result: SimulationResult;
}
