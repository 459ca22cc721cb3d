// The 2025 reality check: the model's predicted 2025 imports beside what happened, and where a simple model misses.
import { lazy, useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import ChangePairBars, { PAIR_COLORS } from '../../charts/ChangePairBars';
import { COUNTRY_COLORS, COUNTRY_NAMES } from '../../charts/programs';
import { largestMisses, realitySeries, utilizationSeries } from '../../charts/series';
import { Card } from '../../components/Card';
import { formatRate, formatSignedRate, formatUsd } from '../../lib/format';
import { POLICY_PATH_2025, realityCheck } from '../../model/realityCheck';
import { presets } from '../../model/presets';
import { COUNTRIES, type Dataset } from '../../model/types';
import { ChartSuspense } from '../results/lazyCharts';

const UtilizationChart = lazy(() => import('../../charts/UtilizationChart'));
const CHART_HEIGHT = 260;

export function RealityPage({ dataset }: { dataset: Dataset }) {
  const check = useMemo(() => realityCheck(dataset), [dataset]);
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
      <Card title="The 2025 reality check" id="reality">
        <div className="prose">
          <p>
            The model starts from 2024 trade. Run month by month along the real 2025 policy path (with the short-run
            elasticity of 1), it predicts what 2025 imports should have been. Here is that prediction beside what the US
            actually imported in 2025.
          </p>
          <ul>
            {COUNTRIES.map((c) => {
              const t = check.totals[c];
              return (
                <li key={c} data-testid={`reality-total-${c}`}>
                  <strong>{COUNTRY_NAMES[c]}</strong>: the model predicted {formatSignedRate(t.predictedChange, 1)} (
                  {formatUsd(t.predicted2025Usd)}); imports actually changed by {formatSignedRate(t.actualChange, 1)} (
                  {formatUsd(t.actual2025Usd)}).
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
                title={`${COUNTRY_NAMES[c]}: predicted and actual change in 2025, by sector`}
                reading="The 12 largest sectors by 2024 value; the model's change (top bar) and the actual change (bottom bar), against 2024."
                source="Model on 2024 imports (Census) along the 2025 policy path; actual 2025 imports from USITC DataWeb."
                legend={[
                  { label: 'Model prediction', color: PAIR_COLORS.predicted },
                  { label: 'What happened', color: PAIR_COLORS.actual },
                ]}
                table={
                  <table className="data-table">
                    <thead>
                      <tr>
                        <th scope="col">Sector</th>
                        <th scope="col">2024</th>
                        <th scope="col">Model 2025</th>
                        <th scope="col">Actual 2025</th>
                      </tr>
                    </thead>
                    <tbody>
                      {check.rows[c].map((r) => (
                        <tr key={r.id}>
                          <th scope="row">{r.label}</th>
                          <td>{formatUsd(r.imports2024Usd)}</td>
                          <td>{formatSignedRate(r.predictedChange, 1)}</td>
                          <td>{formatSignedRate(r.actualChange, 1)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                }
              >
                <ChangePairBars rows={rows} />
              </ChartFrame>
            );
          })}
        </div>
      </Card>

      <Card title="Where a simple model goes wrong" id="misses">
        <div className="prose">
          <p>The largest misses, in dollars:</p>
          <ul>
            {COUNTRIES.flatMap((c) =>
              largestMisses(check.rows[c], 2).map((r) => (
                <li key={`${c}-${r.id}`}>
                  {COUNTRY_NAMES[c]}, {r.label}: the model expected {formatSignedRate(r.predictedChange, 1)}, the actual
                  change was {formatSignedRate(r.actualChange, 1)}.
                </li>
              )),
            )}
          </ul>
          <p>
            <strong>Prices.</strong> The data are values, not volumes: a change in world prices moves them with no
            tariff at all, which matters most for energy and precious metals. The model holds prices at their 2024
            level.
          </p>
          <p>
            <strong>Stockpiling before the tariffs.</strong> Importers bought ahead: monthly imports from Mexico in the
            first quarter of 2025 ran {formatSignedRate(surge, 1)} above their 2024 average (Treasury and Census monthly
            series). A one-year elasticity cannot see goods moved forward in time.
          </p>
          <p>
            <strong>The USMCA certification surge.</strong> Once the exemption made certification pay, the share of
            imports claiming USMCA rose from {first ? `${first.CA?.toFixed(0)}% (Canada)` : 'about a third'} in{' '}
            {first?.month} to {peak.CA?.toFixed(0)}% in {peak.month}. The model uses each period's observed share, so
            the second half of 2025 already counts that surge; earlier months do not.
          </p>
          <p>
            <strong>Demand the model does not know.</strong>{' '}
            {mxMachinery && (
              <>
                Mexico&apos;s {mxMachinery.label.toLowerCase()} went from {formatUsd(mxMachinery.imports2024Usd)} to{' '}
                {formatUsd(mxMachinery.actual2025Usd)} ({formatSignedRate(mxMachinery.actualChange, 1)}) despite the
                tariffs.{' '}
              </>
            )}
            A partial-equilibrium model has no demand shifts, supply-chain moves, exchange rates or retaliation: it
            answers what the tariffs alone would do to 2024 trade.
          </p>
          <p className="help">
            The 2025 path, month by month:{' '}
            {POLICY_PATH_2025.map((m) => `${m.month.slice(5)} ${presets[m.presetId].label}`).join('; ')}.
          </p>
        </div>
      </Card>

      <Card title="USMCA use, month by month" id="utilization">
        <ChartFrame
          title="Share of imports claiming USMCA"
          reading={`From ${formatRate((first?.CA ?? 0) / 100, 1)} for Canada and ${formatRate((first?.MX ?? 0) / 100, 1)} for Mexico in ${first?.month} to about 90% from mid-2025.`}
          source="USITC DataWeb, imports for consumption claiming USMCA (SPI S/S+), via the Yale Budget Lab tariff-rate tracker."
          height={CHART_HEIGHT}
          legend={[
            { label: 'Canada', color: COUNTRY_COLORS.CA },
            { label: 'Mexico', color: COUNTRY_COLORS.MX, dashed: true },
          ]}
          table={
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Canada</th>
                  <th scope="col">Mexico</th>
                </tr>
              </thead>
              <tbody>
                {utilization.map((r) => (
                  <tr key={r.month}>
                    <th scope="row">{r.month}</th>
                    <td>{r.CA?.toFixed(1)}%</td>
                    <td>{r.MX?.toFixed(1)}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
