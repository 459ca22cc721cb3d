// Small numeric helpers shared by the controls and the parameter table.

/** Decimal places of a step: 0.01 -> 2, 1 -> 0. */
export function decimalsOf(step: number): number {
  return (String(step).split('.')[1] ?? '').length;
}

/** Clamp to [min, max] and snap to the step grid that starts at min, without float noise. */
export function snapToStep(value: number, min: number, max: number, step: number): number {
  const clamped = Math.min(max, Math.max(min, value));
  return Number((Math.round((clamped - min) / step) * step + min).toFixed(decimalsOf(step)));
}
