// Two changes per row (the model's and the actual), as diverging HTML bars around zero, in percent.
import { memo } from 'react';
import { formatPct } from '../lib/format';
import { niceMax } from './geometry';
import type { ChangePairRow } from './series';

export const PAIR_COLORS = { predicted: '#0b5cad', actual: '#c26a00' } as const;

function ChangePairBars({ rows }: { rows: ChangePairRow[] }) {
  const values = rows.flatMap((r) => [r.predicted, r.actual]);
  const neg = niceMax(Math.max(0.1, ...values.map((v) => -v)));
  const pos = niceMax(Math.max(0.1, ...values));
  const span = neg + pos;
  const zero = (neg / span) * 100;
  const bar = (v: number, color: string) => (
    <span
      className="pair-bar"
      style={{
        left: `${v < 0 ? zero + (v / span) * 100 : zero}%`,
        width: `${(Math.abs(v) / span) * 100}%`,
        background: color,
      }}
    />
  );
  return (
    <div className="pair-bars" aria-hidden="true" style={{ ['--zero' as string]: `${zero}%` }}>
      {rows.map((r) => (
        <div className="compare-row" key={r.id}>
          <span className="sector-label" title={r.label}>
            {r.label}
          </span>
          <span className="pair-track">
            <span className="pair-line">{bar(r.predicted, PAIR_COLORS.predicted)}</span>
            <span className="pair-line">{bar(r.actual, PAIR_COLORS.actual)}</span>
          </span>
        </div>
      ))}
      <div className="compare-row">
        <span className="sector-label" />
        <span className="sector-ticks">
          {[-neg, 0, pos]
            .filter((tick) => tick === 0 || Math.abs(tick) / span > 0.12)
            .map((tick) => (
              <span key={tick} style={{ left: `${((tick + neg) / span) * 100}%` }}>
                {formatPct(tick, 1)}
              </span>
            ))}
        </span>
      </div>
    </div>
  );
}

export default memo(ChangePairBars);
