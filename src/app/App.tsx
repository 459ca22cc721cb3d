// The app shell: header, dataset loading (skeleton, error with retry) and the simulator screen.
import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/queries';
import { Simulator } from '../features/Simulator';
import { ErrorBoundary } from './ErrorBoundary';

function LoadingSkeleton() {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="sr-only">Loading trade data…</span>
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

export function App() {
  const query = useQuery(datasetQueryOptions());
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the simulator
      </a>
      <header className="app-header">
        <h1>USMCA Tariff Simulator</h1>
        <p className="tagline">
          Move the US tariffs on Canada and Mexico and see the duties, effective rates and trade at risk, recomputed on
          every change from 2024 trade data.
        </p>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          {query.isPending && <LoadingSkeleton />}
          {query.isError && (
            <div role="alert" className="error-screen">
              <h2>The trade data did not load</h2>
              <p>{query.error.message}</p>
              <p>Your settings are kept. Check the connection and try again.</p>
              <button type="button" onClick={() => void query.refetch()}>
                Retry
              </button>
            </div>
          )}
          {query.isSuccess && <Simulator dataset={query.data} />}
        </ErrorBoundary>
      </main>
    </div>
  );
}
