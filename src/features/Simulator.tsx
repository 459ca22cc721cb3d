// The simulator screen: timeline, editor, and the results recomputed on every change.
import type { Dataset } from '../model/types';
import { Editor } from './editor/Editor';
import { PresetTimeline } from './editor/PresetTimeline';
import { ContextPanel } from './results/ContextPanel';
import { HeadlineCards } from './results/HeadlineCards';
import { SectorPanel } from './results/SectorPanel';
import { SensitivityPanel } from './results/SensitivityPanel';
import { useBaseline, useSimulation } from './results/useSimulation';
import { WhyPanel } from './results/WhyPanel';
import { lazy, Suspense } from 'react';
import { useAppStore } from '../state/store';

const CompareView = lazy(() => import('./compare/ComparePanel').then((m) => ({ default: m.CompareView })));
import { ScenarioToolbar } from './ScenarioToolbar';

export function Simulator({ dataset }: { dataset: Dataset }) {
  const result = useSimulation(dataset);
  const baseline = useBaseline(dataset);
  const comparing = useAppStore((s) => s.compare !== null);
  return (
    <div className="simulator">
      <PresetTimeline />
      <div className="layout">
        <aside className="editor-column">
          <Editor dataset={dataset} />
        </aside>
        <div className="results-column">
          <ScenarioToolbar dataset={dataset} result={result} />
          <HeadlineCards result={result} baseline={baseline} />
          {comparing && (
            <Suspense fallback={<p className="help">Loading the comparison…</p>}>
              <CompareView dataset={dataset} result={result} />
            </Suspense>
          )}
          <WhyPanel dataset={dataset} result={result} />
          <SectorPanel result={result} />
          <SensitivityPanel dataset={dataset} />
          <ContextPanel dataset={dataset} />
          <footer className="data-footer help">
            Data version {dataset.version}, as of {dataset.asOf}. Base year {dataset.baseYear}. {dataset.sourcesNote} A
            partial-equilibrium model: no exchange-rate, retaliation or supply-chain effects. Elasticities, US vehicle
            content and the auto offset are assumptions.
          </footer>
        </div>
      </div>
    </div>
  );
}
