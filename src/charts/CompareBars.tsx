// A and B side by side per sector (duty, US$ billions), drawn in HTML like the other bar charts.
import { memo } from 'react';
import { formatUsd } from '../lib/format';
import { niceMax } from './geometry';
import type { CompareSectorRow } from './series';

export const COMPARE_COLORS = { A: '#0b5cad', B: '#c26a00' } as const;

function CompareBars({ rows }: { rows: CompareSectorRow[] }) {
  const max = niceMax(Math.max(0, ...rows.flatMap((r) => [r.dutyA, r.dutyB])));
  return (
    <div className="compare-bars" aria-hidden="true">
      {rows.map((r) => (
        <div className="compare-row" key={r.id}>
          <span className="sector-label" title={r.label}>
            {r.label}
          </span>
          <span className="compare-pair">
            <span
              className="compare-bar"
              style={{ width: `${(r.dutyA / max) * 100}%`, background: COMPARE_COLORS.A }}
            />
            <span
              className="compare-bar"
              style={{ width: `${(r.dutyB / max) * 100}%`, background: COMPARE_COLORS.B }}
            />
          </span>
        </div>
      ))}
      <div className="compare-row">
        <span className="sector-label" />
        <span className="sector-ticks">
          {[0, 0.5, 1].map((f) => (
            <span key={f} style={{ left: `${f * 100}%` }}>
              {formatUsd(f * max * 1e9)}
            </span>
          ))}
        </span>
      </div>
    </div>
  );
}

export default memo(CompareBars);
