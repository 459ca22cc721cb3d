// Lines: how each country's ETR and export change move as one control sweeps its range; the current value marked.
import { memo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { COUNTRY_COLORS } from './programs';
import type { SensitivityRow } from './series';

const pct = (v: unknown) => `${Number(v).toFixed(2)}%`;

function SensitivityChart({
  rows,
  current,
  unit,
  height,
}: {
  rows: SensitivityRow[];
  current: number;
  unit: string;
  height: number;
}) {
  return (
    <LineChart
      data={rows}
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="x" type="number" domain={['dataMin', 'dataMax']} unit={unit} />
      <YAxis unit="%" width={48} />
      <Tooltip formatter={pct} labelFormatter={(v) => `${Number(v).toFixed(2)}${unit}`} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      <ReferenceLine x={current} stroke="#000" strokeDasharray="4 2" label={{ value: 'now', position: 'top' }} />
      <Line dataKey="etrCA" name="Canada: ETR" stroke={COUNTRY_COLORS.CA} dot={false} isAnimationActive={false} />
      <Line dataKey="etrMX" name="Mexico: ETR" stroke={COUNTRY_COLORS.MX} dot={false} isAnimationActive={false} />
      <Line
        dataKey="exportCA"
        name="Canada: export change"
        stroke={COUNTRY_COLORS.CA}
        strokeDasharray="6 3"
        dot={false}
        isAnimationActive={false}
      />
      <Line
        dataKey="exportMX"
        name="Mexico: export change"
        stroke={COUNTRY_COLORS.MX}
        strokeDasharray="6 3"
        dot={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
}

export default memo(SensitivityChart);
