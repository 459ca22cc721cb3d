// Areas: one country's monthly effective tariff rate along the policy path, stacked by program; a dashed line of
// the US-wide rate collected; the current scenario as a marked point at the path's end.
import { memo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPct } from '../lib/format';
import type { Program } from '../model/types';
import { PROGRAM_COLORS, PROGRAM_LABELS } from './programs';
import type { RatePathRow } from './series';

const pct = (v: unknown) => formatPct(Number(v), 2);

function RatePathChart({
  rows,
  programs,
  current,
  color,
  observedLabel,
  height,
  at,
  tickSize = 12,
}: {
  rows: RatePathRow[];
  programs: Program[];
  /** The current scenario's rate, percent. */
  current: number;
  color: string;
  observedLabel: string;
  height: number;
  /** The month (YYYY-MM) the ring marks: the path's end unless given (a lesson step marks its own date). */
  at?: string | undefined;
  /** Tick labels' size in px (a projector wants them large). */
  tickSize?: number;
}) {
  const marked = rows.find((r) => r.month === at) ?? rows[rows.length - 1];
  return (
    <ComposedChart
      data={rows}
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      {/* Month labels as many as fit the width, first and last kept (two charts side by side are narrow). */}
      <XAxis
        dataKey="label"
        interval="preserveStartEnd"
        minTickGap={tickSize}
        tick={{ fontSize: tickSize, fill: 'currentColor' }}
      />
      <YAxis
        tickFormatter={pct}
        width={Math.round(tickSize * 4)}
        tick={{ fontSize: tickSize, fill: 'currentColor' }}
        domain={[0, (max: number) => Math.ceil(Math.max(max, current) / 5) * 5 || 5]}
        allowDataOverflow={false}
      />
      <Tooltip formatter={pct} />
      {programs.map((p) => (
        <Area
          key={p}
          dataKey={p}
          name={PROGRAM_LABELS[p]}
          stackId="etr"
          type="linear"
          stroke={PROGRAM_COLORS[p]}
          fill={PROGRAM_COLORS[p]}
          fillOpacity={0.85}
          isAnimationActive={false}
        />
      ))}
      <Line
        dataKey="observed"
        name={observedLabel}
        stroke="currentColor"
        strokeWidth={2}
        strokeDasharray="6 3"
        dot={false}
        isAnimationActive={false}
      />
      {marked && <ReferenceDot x={marked.label} y={current} r={6} fill="#ffffff" stroke={color} strokeWidth={3} />}
    </ComposedChart>
  );
}

export default memo(RatePathChart);
