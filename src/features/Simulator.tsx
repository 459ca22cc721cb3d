// The simulator screen: timeline, editor, and the results recomputed on every change.
import { t } from '../i18n';
import { formatDate } from '../lib/format';
import type { Dataset } from '../model/types';
import { Editor } from './editor/Editor';
import { PresetTimeline } from './editor/PresetTimeline';
import { HeadlineCards } from './results/HeadlineCards';
import { StickySummary } from './results/StickySummary';
import { Suspense } from 'react';
import { lazyWithReload } from '../lib/lazy';
import { useAppStore } from '../state/store';
import { ScenarioToolbar } from './ScenarioToolbar';

const ResultsDetail = lazyWithReload(() => import('./results/ResultsDetail'));
const ProductFinder = lazyWithReload(() => import('./products/ProductFinder'));
// Closed context beside the timeline: its code stays out of the first download.
const BorderTimeline = lazyWithReload(() =>
  import('./results/AcrossBorder').then((m) => ({ default: m.BorderTimeline })),
);
const CompareView = lazyWithReload(() => import('./compare/ComparePanel').then((m) => ({ default: m.CompareView })));

export function Simulator({ dataset }: { dataset: Dataset }) {
  // No result here: each panel reads its own numbers (useSimulation), so a step does not re-render the screen.
  const comparing = useAppStore((s) => s.compare !== null);
  return (
    <div className="simulator">
      <PresetTimeline />
      <Suspense fallback={null}>
        <BorderTimeline dataset={dataset} />
      </Suspense>
      <div className="layout">
        <aside className="editor-column">
          <StickySummary dataset={dataset} />
          <Editor dataset={dataset} />
        </aside>
        <div className="results-column">
          <ScenarioToolbar dataset={dataset} />
          <HeadlineCards dataset={dataset} />
          {comparing && (
            <Suspense fallback={<p className="help">{t('compare.loading')}</p>}>
              <CompareView dataset={dataset} />
            </Suspense>
          )}
          <Suspense fallback={<div className="skeleton-block" aria-busy="true" />}>
            <ProductFinder dataset={dataset} />
          </Suspense>
          <Suspense fallback={<div className="skeleton-block" aria-busy="true" />}>
            <ResultsDetail dataset={dataset} />
          </Suspense>
          <footer className="data-footer help">
            {t('footer.data', { version: dataset.version, asOf: formatDate(dataset.asOf), year: dataset.baseYear })}{' '}
            <span lang="en">{dataset.sourcesNote}</span> {t('footer.limits')}
          </footer>
        </div>
      </div>
    </div>
  );
}
