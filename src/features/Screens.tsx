// The screens of the app (simulator, methodology, reality check) and the presentation overlay above them.
import { Suspense, useCallback } from 'react';
import { lazyWithReload } from '../lib/lazy';
import { t } from '../i18n';
import type { Dataset } from '../model/types';
import { useAppStore, useStoreApi } from '../state/store';
import type { View } from '../state/urlCodec';
import { Simulator } from './Simulator';
import { FigureStampContext } from '../charts/stamp';

const MethodologyPage = lazyWithReload(() =>
  import('./methodology/MethodologyPage').then((m) => ({ default: m.MethodologyPage })),
);
const RealityPage = lazyWithReload(() => import('./reality/RealityPage').then((m) => ({ default: m.RealityPage })));
const SourcesPage = lazyWithReload(() => import('./sources/SourcesPage').then((m) => ({ default: m.SourcesPage })));
// The presenter view travels in the presentation's file: the two share their channel code, and one file less is
// one name less in the first screen's list of lazy files.
const PresenterView = lazyWithReload(() =>
  import('./present/PresentationView').then((m) => ({ default: m.PresenterView })),
);
const PresentationView = lazyWithReload(() =>
  import('./present/PresentationView').then((m) => ({ default: m.PresentationView })),
);

export const SCREENS = [
  { view: null, key: 'nav.simulator' },
  { view: 'methodology', key: 'nav.methodology' },
  { view: 'reality', key: 'nav.reality' },
  { view: 'sources', key: 'nav.sources' },
] as const satisfies readonly { view: View | null; key: string }[];

export function ScreenNav() {
  const view = useAppStore((s) => s.view);
  const showView = useAppStore((s) => s.showView);
  return (
    <nav className="screen-nav" aria-label={t('nav.label')}>
      {SCREENS.map((s) => (
        <button
          key={s.key}
          type="button"
          aria-current={view === s.view ? 'page' : undefined}
          onClick={() => showView(s.view)}
        >
          {t(s.key)}
        </button>
      ))}
    </nav>
  );
}

export function Screens({ dataset }: { dataset: Dataset }) {
  const view = useAppStore((s) => s.view);
  const presenting = useAppStore((s) => s.presentation !== null);
  // Exported charts are stamped with the scenario on screen; the code that names it loads with the first export.
  const store = useStoreApi();
  const stamp = useCallback(
    () => import('./share/scenarioName').then((m) => m.stampOf(store.getState(), dataset.version)),
    [store, dataset.version],
  );
  return (
    <FigureStampContext.Provider value={stamp}>
      {presenting && (
        <Suspense fallback={<div className="presentation">{t('present.loading')}</div>}>
          <PresentationView dataset={dataset} />
        </Suspense>
      )}
      <Suspense fallback={<p className="help">{t('app.loadingShort')}</p>}>
        {view === 'methodology' ? (
          <MethodologyPage dataset={dataset} />
        ) : view === 'reality' ? (
          <RealityPage dataset={dataset} />
        ) : view === 'sources' ? (
          <SourcesPage dataset={dataset} />
        ) : view === 'presenter' ? (
          <PresenterView dataset={dataset} />
        ) : (
          <Simulator dataset={dataset} />
        )}
      </Suspense>
    </FigureStampContext.Provider>
  );
}
