// Chart geometry shared by a Recharts component and what is drawn over it, kept apart so that importing it
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
