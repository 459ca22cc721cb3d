// The scenario's tools: share, saved scenarios, compare, and the CSV of the results; one panel open at a time.
import { Suspense, useState } from 'react';
import { lazyWithReload } from '../lib/lazy';
import { t } from '../i18n';
import { builtinLesson } from '../state/lesson';
import type { Dataset } from '../model/types';
import { resultOf } from './results/useSimulation';
import { useStoreApi } from '../state/store';
import { searchOf } from '../state/persistence';
import { enterFullscreen } from './present/fullscreen';

// The panels load when first opened: the first screen does not wait for them.
const SharePanel = lazyWithReload(() => import('./share/SharePanel').then((m) => ({ default: m.SharePanel })));
const SavedPanel = lazyWithReload(() => import('./saved/SavedPanel').then((m) => ({ default: m.SavedPanel })));
const ComparePicker = lazyWithReload(() =>
  import('./compare/ComparePanel').then((m) => ({ default: m.ComparePicker })),
);

function startBuiltinLesson(store: ReturnType<typeof useStoreApi>) {
  enterFullscreen();
  store.getState().startPresentation(builtinLesson());
}

type Tool = 'share' | 'saved' | 'compare';
const TOOLS: readonly Tool[] = ['share', 'saved', 'compare'];

export function ScenarioToolbar({ dataset }: { dataset: Dataset }) {
  const [open, setOpen] = useState<Tool | null>(null);
  const store = useStoreApi();
  // The CSV writer (and the download helper) load on the first download: the first screen does not carry them.
  const downloadCsv = async () => {
    const [{ resultsCsv }, { download }] = await Promise.all([import('./export/csv'), import('../lib/download')]);
    const state = store.getState();
    const link = `${window.location.origin}${window.location.pathname}${searchOf(state, dataset.version)}`;
    download(
      'usmca-tariff-results.csv',
      new Blob([resultsCsv(dataset, state.scenario, resultOf(dataset, state.scenario), link)], {
        type: 'text/csv;charset=utf-8',
      }),
    );
  };
  return (
    <div className="toolbar">
      <div className="button-row" role="group" aria-label={t('tools.label')}>
        {TOOLS.map((tool) => (
          <button
            key={tool}
            type="button"
            aria-expanded={open === tool}
            aria-controls={`tool-${tool}`}
            onClick={() => setOpen(open === tool ? null : tool)}
          >
            {t(`tools.${tool}`)}
          </button>
        ))}
        <button type="button" onClick={() => void downloadCsv()}>
          {t('tools.csv')}
        </button>
        <button type="button" onClick={() => startBuiltinLesson(store)}>
          {t('tools.present')}
        </button>
      </div>
      <div id={`tool-${open ?? 'none'}`}>
        <Suspense fallback={<p className="help">{t('app.loadingShort')}</p>}>
          {open === 'share' && <SharePanel dataset={dataset} />}
          {open === 'saved' && <SavedPanel />}
          {open === 'compare' && <ComparePicker />}
        </Suspense>
      </div>
    </div>
  );
}
