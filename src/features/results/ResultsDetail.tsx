// Everything below the headline numbers, as one chunk loaded after the first screen: why, sectors,
// sensitivity and context.
import type { Dataset, SimulationResult } from '../../model/types';
import { ContextPanel } from './ContextPanel';
import { SectorPanel } from './SectorPanel';
import { SensitivityPanel } from './SensitivityPanel';
import { WhyPanel } from './WhyPanel';

export default function ResultsDetail({ dataset, result }: { dataset: Dataset; result: SimulationResult }) {
  return (
    <>
      <WhyPanel dataset={dataset} result={result} />
      <SectorPanel dataset={dataset} result={result} />
      <SensitivityPanel dataset={dataset} />
      <ContextPanel dataset={dataset} />
    </>
  );
}
