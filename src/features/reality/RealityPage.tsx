// The 2025 reality check: the model's predicted 2025 imports beside what happened, and where a simple model misses.
import { useMemo } from 'react';
import { lazyWithReload } from '../../lib/lazy';
import { ChartFrame } from '../../charts/ChartFrame';
import ChangePairBars, { PAIR_COLORS } from '../../charts/ChangePairBars';
import { COUNTRY_COLORS, COUNTRY_NAMES } from '../../charts/programs';
import { largestMisses, realitySeries, utilizationSeries } from '../../charts/series';
import { Card } from '../../components/Card';
import { DataTable } from '../../components/DataTable';
import { t } from '../../i18n';
import { SourcesLink } from '../sources/SourcesLink';
import { useAppStore } from '../../state/store';
import { presetLabel } from '../../i18n/labels';
import { formatRate, formatSignedRate, formatUsd } from '../../lib/format';
import { POLICY_PATH_2025, realityCheck } from '../../model/realityCheck';
import { COUNTRIES, type Dataset } from '../../model/types';
import { ChartSuspense } from '../results/lazyCharts';

const UtilizationChart = lazyWithReload(() => import('../../charts/UtilizationChart'));
const CHART_HEIGHT = 260;

export function RealityPage({ dataset }: { dataset: Dataset }) {
  const check = useMemo(() => realityCheck(dataset), [dataset]);
  const showView = useAppStore((s) => s.showView);
  const utilization = useMemo(() => utilizationSeries(dataset), [dataset]);
  const first = utilization[0];
  const peak = utilization.reduce(
    (a, r) => ((r.CA ?? 0) > (a.CA ?? 0) ? r : a),
    utilization[0] ?? { month: '', CA: 0, MX: 0 },
  );
  const q1 = dataset.monthlyDuties.filter((m) => m.month >= '2025-01' && m.month <= '2025-03');
  const y2024 = dataset.monthlyDuties.filter((m) => m.month.startsWith('2024'));
  const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const mxMachinery = check.rows.MX.find((r) => r.id === 'machinery');
  const surge = avg(q1.map((m) => m.importsMexicoUsd)) / avg(y2024.map((m) => m.importsMexicoUsd)) - 1;

  return (
    <div className="page">
      <Card title={t('reality.title')} id="reality">
        <div className="prose">
          <p>{t('reality.intro')}</p>
          <SourcesLink />
          <p>
            {t('reality.2026')}{' '}
            <button type="button" className="link-button" onClick={() => showView('methodology')}>
              {t('reality.2026.link')}
            </button>
          </p>
          <ul>
            {COUNTRIES.map((c) => {
              const tot = check.totals[c];
              return (
                <li key={c} data-testid={`reality-total-${c}`}>
                  {t('reality.total', {
                    country: COUNTRY_NAMES[c],
                    predicted: formatSignedRate(tot.predictedChange, 1),
                    predictedUsd: formatUsd(tot.predicted2025Usd),
                    actual: formatSignedRate(tot.actualChange, 1),
                    actualUsd: formatUsd(tot.actual2025Usd),
                  })}
                </li>
              );
            })}
          </ul>
        </div>
        <div className="chart-grid">
          {COUNTRIES.map((c) => {
            const rows = realitySeries(check.rows[c]);
            return (
              <ChartFrame
                key={c}
                title={t('reality.chartTitle', { country: COUNTRY_NAMES[c] })}
                reading={t('reality.chartReading')}
                source={t('reality.chartSource')}
                legend={[
                  { label: t('reality.predicted'), color: PAIR_COLORS.predicted },
                  { label: t('reality.actual'), color: PAIR_COLORS.actual },
                ]}
                figure={(f) =>
                  f.changePairs(
                    rows,
                    { key: 'predicted', label: t('reality.predicted'), color: PAIR_COLORS.predicted },
                    { key: 'actual', label: t('reality.actual'), color: PAIR_COLORS.actual },
                  )
                }
                stampScenario={t('reality.title')}
                table={
                  <DataTable
                    columns={[t('reality.col.sector'), '2024', t('reality.col.model'), t('reality.col.actual')]}
                    rows={check.rows[c].map((r) => ({
                      key: r.id,
                      head: r.label,
                      cells: [
                        formatUsd(r.imports2024Usd),
                        formatSignedRate(r.predictedChange, 1),
                        formatSignedRate(r.actualChange, 1),
                      ],
                    }))}
                  />
                }
              >
                <ChangePairBars rows={rows} />
              </ChartFrame>
            );
          })}
        </div>
      </Card>

      <Card title={t('reality.misses.title')} id="misses">
        <div className="prose">
          <p>{t('reality.misses.intro')}</p>
          <ul>
            {COUNTRIES.flatMap((c) =>
              largestMisses(check.rows[c], 2).map((r) => (
                <li key={`${c}-${r.id}`}>
                  {t('reality.miss', {
                    country: COUNTRY_NAMES[c],
                    sector: r.label,
                    predicted: formatSignedRate(r.predictedChange, 1),
                    actual: formatSignedRate(r.actualChange, 1),
                  })}
                </li>
              )),
            )}
          </ul>
          <p>
            <strong>{t('reality.prices.title')}</strong> {t('reality.prices')}
          </p>
          <p>
            <strong>{t('reality.stockpiling.title')}</strong>{' '}
            {t('reality.stockpiling', { surge: formatSignedRate(surge, 1) })}
          </p>
          <p>
            <strong>{t('reality.certification.title')}</strong>{' '}
            {t('reality.certification', {
              from: formatRate((first?.CA ?? 0) / 100, 0),
              fromMonth: first?.month ?? '',
              to: formatRate((peak?.CA ?? 0) / 100, 0),
              toMonth: peak?.month ?? '',
            })}
          </p>
          <p>
            <strong>{t('reality.demand.title')}</strong>{' '}
            {mxMachinery &&
              `${t('reality.demand.machinery', {
                sector: mxMachinery.label.toLowerCase(),
                from: formatUsd(mxMachinery.imports2024Usd),
                to: formatUsd(mxMachinery.actual2025Usd),
                pct: formatSignedRate(mxMachinery.actualChange, 1),
              })} `}
            {t('reality.demand')}
          </p>
          <p className="help">
            {t('reality.path', {
              path: POLICY_PATH_2025.map((m) => `${m.month.slice(5)} ${presetLabel(m.presetId)}`).join('; '),
            })}
          </p>
        </div>
      </Card>

      <Card title={t('reality.utilization.title')} id="utilization">
        <ChartFrame
          title={t('reality.utilization.chart')}
          reading={t('reality.utilization.reading', {
            ca: formatRate((first?.CA ?? 0) / 100, 1),
            mx: formatRate((first?.MX ?? 0) / 100, 1),
            month: first?.month ?? '',
          })}
          source={t('reality.utilization.source')}
          height={CHART_HEIGHT}
          figure={(f) => f.utilization(utilization, t('reality.month'))}
          stampScenario={t('reality.utilization.title')}
          legend={[
            { label: COUNTRY_NAMES.CA, color: COUNTRY_COLORS.CA },
            { label: COUNTRY_NAMES.MX, color: COUNTRY_COLORS.MX, dashed: true },
          ]}
          table={
            <DataTable
              columns={[t('reality.month'), COUNTRY_NAMES.CA, COUNTRY_NAMES.MX]}
              rows={utilization.map((r) => ({
                key: r.month,
                head: r.month,
                cells: [formatRate((r.CA ?? 0) / 100, 1), formatRate((r.MX ?? 0) / 100, 1)],
              }))}
            />
          }
        >
          <ChartSuspense height={CHART_HEIGHT}>
            <UtilizationChart rows={utilization} height={CHART_HEIGHT} />
          </ChartSuspense>
        </ChartFrame>
      </Card>
    </div>
  );
}
