// Lines: how each country's ETR and export change move as one control sweeps its range; the current value marked.
import { memo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '../i18n';
import { formatPct, formatWithUnit } from '../lib/format';
import { COUNTRY_COLORS } from './programs';
import { SWEEP_LINES, type SensitivityRow } from './series';
import { SENSITIVITY_PLOT } from './geometry';

const pct = (v: unknown) => formatPct(Number(v), 2);

/**
 * The sweep itself. It does not change while its own control moves (every point overrides that control), so the
 * moving "now" marker is drawn outside Recharts and the chart can skip its render on those steps.
 */
function SensitivityChart({ rows, unit, height }: { rows: SensitivityRow[]; unit: string; height: number }) {
  return (
    <LineChart
      data={rows}
      responsive
      style={{ width: '100%', height }}
      margin={{
        top: SENSITIVITY_PLOT.top,
        right: SENSITIVITY_PLOT.right,
        bottom: 4,
        left: SENSITIVITY_PLOT.marginLeft,
      }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        dataKey="x"
        type="number"
        domain={['dataMin', 'dataMax']}
        tickFormatter={(v) => formatWithUnit(Number(v), unit)}
        interval={0}
        tick={{ fill: 'currentColor' }}
      />
      <YAxis tickFormatter={pct} width={SENSITIVITY_PLOT.yAxisWidth} interval={0} tick={{ fill: 'currentColor' }} />
      <Tooltip formatter={pct} labelFormatter={(v) => formatWithUnit(Number(v), unit)} />
      {SWEEP_LINES.map((l) => (
        <Line
          key={l.key}
          dataKey={l.key}
          name={t(`sensitivity.${l.key}`)}
          stroke={COUNTRY_COLORS[l.country]}
          {...(l.dashed ? { strokeDasharray: '6 3' } : {})}
          dot={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}

export default memo(SensitivityChart);
