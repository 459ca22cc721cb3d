// Stacked bars: each country's effective tariff rate split by program (renders prepared rows only).
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Program } from '../model/types';
import { PROGRAM_COLORS, PROGRAM_LABELS } from './programs';
import type { ProgramRow } from './series';
import { CategoryTick } from './ticks';

interface ShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: ProgramRow;
}

/**
 * One bar per country, cut into its programs. A single Recharts series with this shape costs a fraction of
 * one series per program, which matters on every slider step.
 */
function stackedShape(programs: readonly Program[]) {
  return function StackedBar({ x = 0, y = 0, width = 0, height = 0, payload }: ShapeProps) {
    if (!payload || payload.total <= 0 || width <= 0) return <g />;
    let left = x;
    return (
      <g>
        {programs.map((p) => {
          const w = (payload.values[p] / payload.total) * width;
          const rect = <rect key={p} x={left} y={y} width={Math.max(0, w)} height={height} fill={PROGRAM_COLORS[p]} />;
          left += w;
          return rect;
        })}
      </g>
    );
  };
}

function ProgramChart({ rows, programs, height }: { rows: ProgramRow[]; programs: Program[]; height: number }) {
  return (
    <BarChart
      data={rows}
      layout="vertical"
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" unit="%" interval={0} />
      <YAxis type="category" dataKey="country" width={64} tick={CategoryTick} interval={0} />
      <Tooltip
        formatter={(_v, _n, item) => {
          const row = item.payload as ProgramRow;
          return [programs.map((p) => `${PROGRAM_LABELS[p]} ${row.values[p].toFixed(2)}`).join(' · '), 'Points'];
        }}
      />
      <Bar dataKey="total" name="Effective tariff rate" shape={stackedShape(programs)} isAnimationActive={false} />
    </BarChart>
  );
}

export default memo(ProgramChart);
