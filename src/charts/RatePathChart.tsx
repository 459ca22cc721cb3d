// Areas: one country's monthly effective tariff rate along the policy path, stacked by program; a dashed line of
// the US-wide rate collected; the current scenario as a ring at the path's end.
//
// A slider step moves only the ring. The chart itself depends on the path (the same for every scenario) and on the
// axis top, so it is memoised on those, and the ring reads the scenario's rate from a small store of its own: a step
// re-renders one <circle>, not the chart (a Recharts chart re-run costs about 9 ms a step on this machine). A store,
// not a context: a context change walks the whole chart's tree to find its reader.
import { memo, useLayoutEffect, useMemo, useState } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  Tooltip,
  XAxis,
  YAxis,
  ZIndexLayer,
  DefaultZIndexes,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';
import { formatPct } from '../lib/format';
import type { Program } from '../model/types';
import { PROGRAM_COLORS, PROGRAM_LABELS } from './programs';
import type { RatePathRow } from './series';

const pct = (v: unknown) => formatPct(Number(v), 2);

interface RingAt {
  /** The marked month's label (the x category). */
  label: string;
  /** The current scenario's rate, percent. */
  value: number;
  color: string;
}
type RingStore = StoreApi<{ ring: RingAt | null }>;

/** The current scenario's ring, placed through the chart's own scales. */
function Ring({ store }: { store: RingStore }) {
  const ring = useStore(store, (s) => s.ring);
  const x = useXAxisScale();
  const y = useYAxisScale();
  const cx = ring && x ? x(ring.label, { position: 'middle' }) : undefined;
  const cy = ring && y ? y(ring.value) : undefined;
  if (!ring || cx === undefined || cy === undefined) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <circle className="rate-path-ring" cx={cx} cy={cy} r={6} fill="#ffffff" stroke={ring.color} strokeWidth={3} />
    </ZIndexLayer>
  );
}

/** The axis top: the next multiple of 5 % above both the path and the ring (5 % when all is zero). */
export function axisTop(rows: readonly RatePathRow[], current: number): number {
  let max = current;
  for (const r of rows) max = Math.max(max, r.total, r.observed ?? 0);
  return Math.ceil(max / 5) * 5 || 5;
}

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
  const top = axisTop(rows, current);
  const ring = useMemo(
    () => (marked ? { label: marked.label, value: current, color } : null),
    [marked, current, color],
  );
  const [store] = useState<RingStore>(() => createStore(() => ({ ring })));
  // Before paint: the ring moves in the same frame as the step.
  useLayoutEffect(() => store.setState({ ring }), [store, ring]);
  return useMemo(
    () => (
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
          domain={[0, top]}
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
        <Ring store={store} />
      </ComposedChart>
    ),
    [rows, programs, observedLabel, height, tickSize, top, store],
  );
}

export default memo(RatePathChart);
