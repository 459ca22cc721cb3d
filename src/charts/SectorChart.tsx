// Diverging bars per sector: duty owed to the right, estimated export change to the left (US$ billions).
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { EXPORT_CHANGE_COLOR } from './programs';
import type { SectorBarRow } from './series';
import { CategoryTick } from './ticks';

interface ShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: SectorBarRow;
}

/** Each row is one range bar from the export change (left of 0) to the duty (right of 0), coloured at zero. */
function divergingShape(color: string) {
  return function DivergingBar({ x = 0, y = 0, width = 0, height = 0, payload }: ShapeProps) {
    if (!payload) return <g />;
    const span = payload.dutyBn - payload.exportChangeBn;
    if (span <= 0 || width <= 0) return <g />;
    const zero = x + (width * -payload.exportChangeBn) / span;
    const h = height * 0.8;
    const top = y + (height - h) / 2;
    return (
      <g>
        <rect x={x} y={top} width={Math.max(0, zero - x)} height={h} fill={EXPORT_CHANGE_COLOR} />
        <rect x={zero} y={top} width={Math.max(0, x + width - zero)} height={h} fill={color} />
      </g>
    );
  };
}

const range = (r: SectorBarRow) => [r.exportChangeBn, r.dutyBn];

function SectorChart({ rows, height, color }: { rows: SectorBarRow[]; height: number; color: string }) {
  return (
    <BarChart
      data={rows}
      layout="vertical"
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" unit="B" interval={0} />
      <YAxis type="category" dataKey="label" width={180} tick={CategoryTick} interval={0} />
      <ReferenceLine x={0} stroke="#555" />
      <Tooltip
        formatter={(_v, _n, item) => {
          const r = item.payload as SectorBarRow;
          return [`duty $${r.dutyBn.toFixed(2)}B, exports ${r.exportChangeBn.toFixed(2)}B`, 'US$'];
        }}
      />
      <Bar dataKey={range} name="Duty and export change" shape={divergingShape(color)} isAnimationActive={false} />
    </BarChart>
  );
}

export default memo(SectorChart);
