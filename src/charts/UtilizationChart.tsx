// Lines: the monthly share of imports claiming USMCA, Canada and Mexico, January 2025 to February 2026.
import { memo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPct } from '../lib/format';
import { COUNTRY_COLORS, COUNTRY_NAMES } from './programs';
import type { UtilizationRow } from './series';

function UtilizationChart({ rows, height }: { rows: UtilizationRow[]; height: number }) {
  return (
    <LineChart
      data={rows}
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="month" interval={1} tick={{ fontSize: 11, fill: 'currentColor' }} />
      <YAxis
        tickFormatter={(v) => formatPct(Number(v), 0)}
        domain={[0, 100]}
        width={56}
        tick={{ fill: 'currentColor' }}
      />
      <Tooltip formatter={(v) => formatPct(Number(v), 1)} />
      <Line dataKey="CA" name={COUNTRY_NAMES.CA} stroke={COUNTRY_COLORS.CA} strokeWidth={2} isAnimationActive={false} />
      <Line
        dataKey="MX"
        name={COUNTRY_NAMES.MX}
        stroke={COUNTRY_COLORS.MX}
        strokeWidth={2}
        strokeDasharray="6 3"
        isAnimationActive={false}
      />
    </LineChart>
  );
}

export default memo(UtilizationChart);
