// Recharts components, loaded on demand so the first screen is interactive before the chart code arrives.
import { Suspense, type ReactNode } from 'react';
import { lazyWithReload } from '../../lib/lazy';
import { t } from '../../i18n';
import { useHydrated } from '../../app/hydration';

export const SensitivityChart = lazyWithReload(() => import('../../charts/SensitivityChart'));
export const RatePathChart = lazyWithReload(() => import('../../charts/RatePathChart'));

export function ChartSuspense({
  height,
  children,
  ready = true,
}: {
  height: number;
  children: ReactNode;
  /** False while the chart's data is still being computed. */
  ready?: boolean;
}) {
  // The build's static first screen (and hydration) shows the placeholder: a chart measures its box in the browser.
  const hydrated = useHydrated() && ready;
  const fallback = (
    <div className="chart-loading" style={{ height }}>
      {t('chart.loading')}
    </div>
  );
  return hydrated ? <Suspense fallback={fallback}>{children}</Suspense> : fallback;
}
