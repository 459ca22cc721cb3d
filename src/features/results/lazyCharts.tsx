// Recharts components, loaded on demand so the first screen is interactive before the chart code arrives.
import { Suspense, type ReactNode } from 'react';
import { lazyWithReload } from '../../lib/lazy';
import { t } from '../../i18n';

export const SensitivityChart = lazyWithReload(() => import('../../charts/SensitivityChart'));

export function ChartSuspense({ height, children }: { height: number; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <div className="chart-loading" style={{ height }}>
          {t('chart.loading')}
        </div>
      }
    >
      {children}
    </Suspense>
  );
}
