// Axis ticks drawn as plain SVG text: Recharts' default tick measures and wraps words through the DOM on every
// render, which is most of a chart's cost on a slider step.
export interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: string | number };
}

const MAX_CHARS = 28;

export function CategoryTick({ x = 0, y = 0, payload }: TickProps) {
  const text = String(payload?.value ?? '');
  const short = text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
  return (
    <text x={x} y={y} dy={4} dx={-4} textAnchor="end" fontSize={11} fill="currentColor">
      <title>{text}</title>
      {short}
    </text>
  );
}
