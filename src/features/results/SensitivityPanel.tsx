// Sensitivity: the last-touched control swept across its range (50 model runs), the current value marked.
import { memo, useEffect, useMemo, useState } from 'react';
import { t } from '../../i18n';
import { formatNumber, formatPct, formatWithUnit } from '../../lib/format';
import { whenIdle } from '../../lib/idle';
import { ChartFrame } from '../../charts/ChartFrame';
import { sensitivitySeries, type SensitivityRow } from '../../charts/series';
import { SENSITIVITY_PLOT } from '../../charts/geometry';
import { COUNTRY_COLORS } from '../../charts/programs';
import { Card } from '../../components/Card';
import { DataTable } from '../../components/DataTable';
import type { Dataset, Scenario } from '../../model/types';
import { PARAM_BY_KEY, numberParam, type NumberParam } from '../../state/parameters';
import { ChartSuspense, SensitivityChart } from './lazyCharts';

const CHART_HEIGHT = 260;
const sweepLegend = () => [
  { label: t('sensitivity.etrCA'), color: COUNTRY_COLORS.CA },
  { label: t('sensitivity.etrMX'), color: COUNTRY_COLORS.MX },
  { label: t('sensitivity.exportCA'), color: COUNTRY_COLORS.CA, dashed: true },
  { label: t('sensitivity.exportMX'), color: COUNTRY_COLORS.MX, dashed: true },
];
const POINTS = 50;

function SweepTable({ rows, unit }: { rows: SensitivityRow[]; unit: string }) {
  const pct = (v: number) => formatPct(v, 2);
  return (
    <DataTable
      columns={[
        t('sensitivity.value'),
        t('sensitivity.etrCA'),
        t('sensitivity.etrMX'),
        t('sensitivity.exportCA'),
        t('sensitivity.exportMX'),
      ]}
      rows={rows
        .filter((_, i) => i % 7 === 0 || i === rows.length - 1)
        .map((r) => ({
          key: String(r.x),
          head: `${formatNumber(r.x, 2)}${unit}`,
          cells: [pct(r.etrCA), pct(r.etrMX), pct(r.exportCA), pct(r.exportMX)],
        }))}
    />
  );
}

/** The sweep of `lastTouched` around `scenario` (props, not store subscriptions, so a held panel stays still). */
export const SensitivityPanel = memo(function SensitivityPanel({
  dataset,
  scenario,
  lastTouched,
  near = true,
}: {
  dataset: Dataset;
  scenario: Scenario;
  lastTouched: keyof Scenario;
  /** False while the panel is far from the viewport: the sweep (and the chart's first render) waits until it is near. */
  near?: boolean;
}) {
  const touched = PARAM_BY_KEY[lastTouched];
  const param: NumberParam = touched.kind === 'number' ? touched : numberParam('caGeneral');
  // The sweep depends on every setting but the swept one: keyed on the rest (as text), it stays put while
  // its own control moves, and only the marker follows.
  const rest = useMemo(() => JSON.stringify({ ...scenario, [param.key]: 0 }), [scenario, param.key]);
  const value = scenario[param.key];
  // 50 runs of the product engine (about 0.25 ms each): in idle time after the step, never in it, so the step
  // paints its numbers first; the chart keeps its last sweep until the new one is ready (a second step in between
  // cancels the first's). The build's static screen and hydration have none yet, and agree on that.
  const want = JSON.stringify([rest, param.key]);
  const [computed, setComputed] = useState<{ key: string; dataset: Dataset; rows: SensitivityRow[] } | null>(null);
  useEffect(() => {
    if (!near || (computed?.key === want && computed.dataset === dataset)) return;
    return whenIdle(() => {
      const [r, key] = JSON.parse(want) as [string, NumberParam['key']];
      const { rows } = sensitivitySeries(dataset, JSON.parse(r) as Scenario, numberParam(key), POINTS);
      setComputed({ key: want, dataset, rows });
    });
  }, [dataset, want, computed, near]);
  const rows = computed?.rows ?? [];
  const current = param.unit === '%' ? value * 100 : value;
  const position = (current - param.min) / (param.max - param.min || 1);
  const unit = param.unit === '%' ? '%' : param.unit;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const reading =
    first && last
      ? t('sensitivity.reading', {
          from: formatWithUnit(first.x, unit),
          to: formatWithUnit(last.x, unit),
          caFrom: formatPct(first.etrCA, 1),
          caTo: formatPct(last.etrCA, 1),
          mxFrom: formatPct(first.etrMX, 1),
          mxTo: formatPct(last.etrMX, 1),
        })
      : '';
  return (
    <Card title={t('sensitivity.title')} id="sensitivity">
      <ChartFrame
        title={t('sensitivity.chartTitle', { param: param.label })}
        reading={reading}
        source={t('sensitivity.source', { n: POINTS })}
        table={<SweepTable rows={rows} unit={unit} />}
        figure={(f) => f.sweep(rows, param.label, unit, current)}
        legend={sweepLegend()}
        height={CHART_HEIGHT}
      >
        <ChartSuspense height={CHART_HEIGHT} ready={rows.length > 0}>
          <div className="sweep">
            <SensitivityChart rows={rows} unit={unit} height={CHART_HEIGHT} />
            <div
              className="sweep-marker"
              aria-hidden="true"
              style={{
                left: `calc(${SENSITIVITY_PLOT.left}px + (100% - ${SENSITIVITY_PLOT.left + SENSITIVITY_PLOT.right}px) * ${position})`,
                top: SENSITIVITY_PLOT.top,
                bottom: SENSITIVITY_PLOT.bottom,
              }}
            >
              <span>{t('sensitivity.now', { value: formatWithUnit(current, unit, param.step < 1 ? 2 : 0) })}</span>
            </div>
          </div>
        </ChartSuspense>
      </ChartFrame>
    </Card>
  );
});
