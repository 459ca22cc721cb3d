// Everything below the headline numbers, as one chunk loaded after the first screen: why, the rate over time,
// sectors, sensitivity and context.
import { useMemo } from 'react';
import { NearView } from '../../components/NearView';
import type { Dataset } from '../../model/types';
import { useAppStore } from '../../state/store';
import { ContextPanel } from './ContextPanel';
import { RatePathPanel } from './RatePathPanel';
import { SectorPanel } from './SectorPanel';
import { SensitivityPanel } from './SensitivityPanel';
import { WhyPanel } from './WhyPanel';
import { useSimulation } from './useSimulation';

/**
 * Each panel renders one step of the scenario: the latest while it is near the viewport, otherwise the one it last
 * showed until the input rests (NearView). So a slider step redraws what a person can see, not the whole page.
 */
export default function ResultsDetail({ dataset }: { dataset: Dataset }) {
  const result = useSimulation(dataset);
  const scenario = useAppStore((s) => s.scenario);
  const lastTouched = useAppStore((s) => s.lastTouched);
  const step = useMemo(() => ({ result, scenario, lastTouched }), [result, scenario, lastTouched]);
  return (
    <>
      <NearView value={step}>{(s) => <WhyPanel dataset={dataset} scenario={s.scenario} result={s.result} />}</NearView>
      <NearView value={step}>{(s, near) => <RatePathPanel dataset={dataset} result={s.result} near={near} />}</NearView>
      <NearView value={step}>
        {(s) => <SectorPanel dataset={dataset} scenario={s.scenario} result={s.result} />}
      </NearView>
      <NearView value={step}>
        {(s, near) => (
          <SensitivityPanel dataset={dataset} scenario={s.scenario} lastTouched={s.lastTouched} near={near} />
        )}
      </NearView>
      <ContextPanel dataset={dataset} />
    </>
  );
}
