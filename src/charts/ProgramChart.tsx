// Stacked bars: each country's effective tariff rate split by program (renders prepared rows only).
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { CategoryTick } from './ticks';
import type { Program } from '../model/types';
import { PROGRAM_COLORS, PROGRAM_LABELS } from './programs';
import type { ProgramRow } from './series';

const pct = (v: unknown) => `${Number(v).toFixed(2)}%`;

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
      <Tooltip formatter={pct} />
      {programs.map((p) => (
        <Bar
          key={p}
          dataKey={`values.${p}`}
          stackId="etr"
          name={PROGRAM_LABELS[p]}
          fill={PROGRAM_COLORS[p]}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}

export default memo(ProgramChart);
