// Sensitivity: the last-touched control swept across its range (50 model runs), the current value marked.
import { useDeferredValue, useMemo } from 'react';
import { t } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { ChartFrame } from '../../charts/ChartFrame';
import { sensitivitySeries, type SensitivityRow } from '../../charts/series';
import { SENSITIVITY_PLOT } from '../../charts/geometry';
import { COUNTRY_COLORS } from '../../charts/programs';
import { Card } from '../../components/Card';
import { DataTable } from '../../components/DataTable';
import type { Dataset } from '../../model/types';
import { PARAM_BY_KEY, numberParam, type NumberParam } from '../../state/parameters';
import { useAppStore } from '../../state/store';
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
  const pct = (v: number) => `${formatNumber(v, 2)}%`;
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

export function SensitivityPanel({ dataset }: { dataset: Dataset }) {
  const lastTouched = useAppStore((s) => s.lastTouched);
  const touched = PARAM_BY_KEY[lastTouched];
  const param: NumberParam = touched.kind === 'number' ? touched : numberParam('caGeneral');
  // The sweep depends on every setting but the swept one: keyed on the rest (as text), it stays put while
  // its own control moves, and only the marker follows.
  const rest = useAppStore((s) => JSON.stringify({ ...s.scenario, [param.key]: 0 }));
  const value = useAppStore((s) => s.scenario[param.key]);
  // 50 runs of the product engine (about 0.5 ms each): a deferred render, so the step that changed the scenario
  // paints its numbers first and the sweep follows (React drops it if another step comes first).
  const sweep = useDeferredValue(JSON.stringify([rest, param.key]));
  const { rows } = useMemo(() => {
    const [r, key] = JSON.parse(sweep) as [string, NumberParam['key']];
    return sensitivitySeries(dataset, JSON.parse(r), numberParam(key), POINTS);
  }, [dataset, sweep]);
  const current = param.unit === '%' ? value * 100 : value;
  const position = (current - param.min) / (param.max - param.min || 1);
  const unit = param.unit === '%' ? '%' : param.unit;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const reading =
    first && last
      ? t('sensitivity.reading', {
          from: `${formatNumber(first.x)}${unit}`,
          to: `${formatNumber(last.x)}${unit}`,
          caFrom: `${formatNumber(first.etrCA, 1)}%`,
          caTo: `${formatNumber(last.etrCA, 1)}%`,
          mxFrom: `${formatNumber(first.etrMX, 1)}%`,
          mxTo: `${formatNumber(last.etrMX, 1)}%`,
        })
      : '';
  return (
    <Card title={t('sensitivity.title')} id="sensitivity">
      <ChartFrame
        title={t('sensitivity.chartTitle', { param: param.label })}
        reading={reading}
        source={t('sensitivity.source', { n: POINTS })}
        table={<SweepTable rows={rows} unit={unit} />}
        legend={sweepLegend()}
        height={CHART_HEIGHT}
      >
        <ChartSuspense height={CHART_HEIGHT}>
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
              <span>{t('sensitivity.now', { value: `${formatNumber(current, param.step < 1 ? 2 : 0)}${unit}` })}</span>
            </div>
          </div>
        </ChartSuspense>
      </ChartFrame>
    </Card>
  );
}
