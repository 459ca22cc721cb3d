// Chart geometry shared by the charts, what is drawn over them and their exported figures, kept apart so that importing it
// never pulls Recharts into the initial bundle.

/** Sensitivity chart: margins and axis width (px); `left`/`bottom` bound the plot area for the "now" marker. */
export const SENSITIVITY_PLOT = {
  marginLeft: 4,
  yAxisWidth: 48,
  left: 4 + 48,
  right: 16,
  top: 8,
  /** X axis and bottom margin below the plot area. */
  bottom: 34,
} as const;

/** A round axis maximum (percent) at or above the largest total: 2, 5, 10, 20, 50, 100… */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * magnitude >= value) ?? 10;
  return step * magnitude;
}
