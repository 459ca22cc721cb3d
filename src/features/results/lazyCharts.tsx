// Recharts components, loaded on demand so the first screen is interactive before the chart code arrives.
import { lazy, Suspense, type ReactNode } from 'react';

export const SensitivityChart = lazy(() => import('../../charts/SensitivityChart'));

export function ChartSuspense({ height, children }: { height: number; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <div className="chart-loading" style={{ height }}>
          Loading chart…
        </div>
      }
    >
      {children}
    </Suspense>
  );
}
