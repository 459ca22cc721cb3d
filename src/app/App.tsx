// The app shell: header, dataset loading (skeleton, error with retry) and the simulator screen.
import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { lazyWithReload } from '../lib/lazy';
import { DatasetError, datasetQueryOptions } from '../data/queries';
import { t, words } from '../i18n';
import { localizeDataset } from '../i18n/labels';
import { LanguagePicker } from '../features/LanguagePicker';
import type { Dataset } from '../model/types';
import { Notices } from '../features/notices/Notices';
import { useSavedPersistence } from '../features/saved/useSavedPersistence';
import { ScreenNav, Screens } from '../features/Screens';
import { ThemePicker } from '../features/ThemePicker';
import { useAppStore, useStoreApi } from '../state/store';
import { useUrlSync } from '../state/urlSync';
import { ErrorBoundary } from './ErrorBoundary';

const UpdateBanner = lazyWithReload(() =>
  import('../features/notices/UpdateBanner').then((m) => ({ default: m.UpdateBanner })),
);
const EmbedView = lazyWithReload(() => import('../features/embed/EmbedView').then((m) => ({ default: m.EmbedView })));

/** Tells the reader when a link was made with other data than the app now has. */
function useDataVersionNotice(version: string | undefined) {
  const linkVersion = useAppStore((s) => s.linkDataVersion);
  const addNotice = useAppStore((s) => s.addNotice);
  useEffect(() => {
    if (version && linkVersion && linkVersion !== version)
      addNotice({
        id: 'data-version',
        tone: 'info',
        title: words('data.versionNotice.title'),
        items: [words('data.versionNotice.body', { link: linkVersion, now: version })],
      });
  }, [version, linkVersion, addNotice]);
}

function LoadingSkeleton() {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="sr-only">{t('app.loading')}</span>
      <div className="skeleton-bar wide" />
      <div className="layout">
        <div className="skeleton-block tall" />
        <div>
          <div className="skeleton-block" />
          <div className="skeleton-block" />
        </div>
      </div>
    </div>
  );
}

/** Skeleton while the data loads, an error with retry if it fails, the screen once it is here. */
function DataGate({ children }: { children: (dataset: Dataset) => ReactNode }) {
  // The data's words in the reader's language: `select` runs again only for new data or a new language (a new
  // function), and the screens remount on a switch.
  const lang = useAppStore((s) => s.lang);
  const query = useQuery({
    ...datasetQueryOptions(),
    select: useMemo(() => (d: Dataset) => localizeDataset(d, lang), [lang]),
  });
  if (query.isPending) return <LoadingSkeleton />;
  if (query.isError)
    return (
      <div role="alert" className="error-screen">
        <h2>{t('app.dataError.title')}</h2>
        <p>{query.error instanceof DatasetError ? query.error.text() : query.error.message}</p>
        <p>{t('app.dataError.kept')}</p>
        <button type="button" onClick={() => void query.refetch()}>
          {t('app.retry')}
        </button>
      </div>
    );
  return <>{children(query.data)}</>;
}

export function App() {
  const query = useQuery(datasetQueryOptions());
  const store = useStoreApi();
  useUrlSync(store, query.data?.version ?? null);
  useDataVersionNotice(query.data?.version);
  useSavedPersistence();
  const embed = useAppStore((s) => s.embed);
  const updateWaiting = useAppStore((s) => s.pendingUpdate !== null);
  // The screens remount in a new language: no memoised component can keep text in the old one.
  const lang = useAppStore((s) => s.lang);
  if (embed)
    return (
      <main id="main" className="app is-embed">
        <Notices />
        <ErrorBoundary>
          <Suspense fallback={<LoadingSkeleton />}>
            <DataGate>{(dataset) => <EmbedView key={lang} dataset={dataset} />}</DataGate>
          </Suspense>
        </ErrorBoundary>
      </main>
    );
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <div className="header-row">
          <h1>{t('app.title')}</h1>
          <span className="pickers">
            <LanguagePicker />
            <ThemePicker />
          </span>
        </div>
        <p className="tagline">{t('app.tagline')}</p>
        <ScreenNav />
      </header>
      <main id="main" tabIndex={-1}>
        {updateWaiting && (
          <Suspense fallback={null}>
            <UpdateBanner />
          </Suspense>
        )}
        <Notices />
        <ErrorBoundary>
          <DataGate>{(dataset) => <Screens key={lang} dataset={dataset} />}</DataGate>
        </ErrorBoundary>
      </main>
    </div>
  );
}
