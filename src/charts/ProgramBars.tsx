// Stacked bars of each country's effective tariff rate by program, drawn in HTML: two rows need no chart engine,
// and skipping Recharts here saves about a third of a frame on every slider step (see README, Speed).
import { memo } from 'react';
import { t } from '../i18n';
import { formatNumber, formatPct, formatRate } from '../lib/format';
import { PROGRAM_COLORS, PROGRAM_LABELS } from './programs';
import type { ProgramRow } from './series';
import { niceMax } from './geometry';
import type { Program } from '../model/types';

/** `max` fixes the axis (a lesson keeps one scale across its steps); without it, the scale fits these rows. */
function ProgramBars({ rows, programs, max: fixed }: { rows: ProgramRow[]; programs: Program[]; max?: number }) {
  const fit = Math.max(0, ...rows.map((r) => r.total));
  const max = fixed !== undefined && fixed >= fit && fixed > 0 ? fixed : niceMax(fit);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  return (
    <div className="program-bars" aria-hidden="true">
      {rows.map((r) => (
        <div className="program-row" key={r.country}>
          <span className="program-country">{r.country}</span>
          <div className="program-track">
            {programs.map((p) =>
              r.values[p] > 0 ? (
                <span
                  key={p}
                  className="program-segment"
                  style={{ width: `${(r.values[p] / max) * 100}%`, background: PROGRAM_COLORS[p] }}
                  title={`${PROGRAM_LABELS[p]}: ${t('why.points', { value: formatNumber(r.values[p], 2) })}`}
                />
              ) : null,
            )}
            <span className="program-total">{formatRate(r.total / 100)}</span>
          </div>
        </div>
      ))}
      <div className="program-axis">
        {ticks.map((tick) => (
          <span key={tick} style={{ left: `${(tick / max) * 100}%` }}>
            {formatPct(tick, 2)}
          </span>
        ))}
      </div>
    </div>
  );
}

export default memo(ProgramBars);
