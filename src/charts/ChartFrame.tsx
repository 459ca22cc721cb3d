// The frame every chart sits in: title, a one-line reading, the chart, its source and a table alternative.
import { useId, type ReactNode } from 'react';

export interface ChartFrameProps {
  title: string;
  /** One sentence saying what the chart shows, read by screen readers as the chart's description. */
  reading: string;
  source: string;
  /** The same numbers as a table: the accessible alternative. */
  table: ReactNode;
  children: ReactNode;
  /** Fixed height keeps the layout still while the chart code loads. */
  height: number;
  actions?: ReactNode;
}

export function ChartFrame({ title, reading, source, table, children, height, actions }: ChartFrameProps) {
  const id = useId();
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-t`} aria-describedby={`${id}-r`}>
      <div className="chart-head">
        <h3 id={`${id}-t`}>{title}</h3>
        {actions}
      </div>
      <p id={`${id}-r`} className="chart-reading">
        {reading}
      </p>
      <div className="chart-body" style={{ height }} role="img" aria-label={`${title}. ${reading}`}>
        {children}
      </div>
      <figcaption className="chart-source">Source: {source}</figcaption>
      <details className="chart-table">
        <summary>Show the numbers as a table</summary>
        {table}
      </details>
    </figure>
  );
}
