// The app shell: header, dataset loading (skeleton, error with retry) and the simulator screen.
import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../data/queries';
import { PresetPicker } from '../features/editor/PresetPicker';
import { SummaryTable } from '../features/results/SummaryTable';
import { useSimulation } from '../features/results/useSimulation';
import type { Dataset } from '../model/types';
import { ErrorBoundary } from './ErrorBoundary';

function Simulator({ dataset }: { dataset: Dataset }) {
  const result = useSimulation(dataset);
  return (
    <>
      <PresetPicker />
      <SummaryTable result={result} />
      <p className="help">
        Data version {dataset.version}, as of {dataset.asOf}.
      </p>
    </>
  );
}

export function App() {
  const query = useQuery(datasetQueryOptions());
  return (
    <div className="app">
      <header className="app-header">
        <h1>USMCA Tariff Simulator</h1>
        <p className="tagline">US tariffs on Canada and Mexico, recomputed on every change.</p>
      </header>
      <main id="main">
        <ErrorBoundary>
          {query.isPending && (
            <p role="status" aria-live="polite" className="loading">
              Loading trade data…
            </p>
          )}
          {query.isError && (
            <div role="alert" className="error-screen">
              <h2>The trade data did not load</h2>
              <p>{query.error.message}</p>
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
