// Diverging bars per sector: duty owed to the right, estimated export change to the left (US$ billions).
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { CategoryTick } from './ticks';
import type { SectorBarRow } from './series';

const bn = (v: unknown) => `$${Number(v).toFixed(2)}B`;

function SectorChart({ rows, height, color }: { rows: SectorBarRow[]; height: number; color: string }) {
  return (
    <BarChart
      data={rows}
      layout="vertical"
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
      barGap={1}
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" unit="B" interval={0} />
      <YAxis type="category" dataKey="label" width={180} tick={CategoryTick} interval={0} />
      <ReferenceLine x={0} stroke="#555" />
      <Tooltip formatter={bn} />
      <Bar dataKey="dutyBn" name="Duty owed" fill={color} isAnimationActive={false} />
      <Bar dataKey="exportChangeBn" name="Change in exports" fill="#888" isAnimationActive={false} />
    </BarChart>
  );
}

export default memo(SectorChart);
