// Diverging bars per sector, drawn in HTML: duty owed to the right of zero, estimated export change to the left
// (US$ billions). A Recharts bar chart costs ~6–8 ms per render, half the frame budget of a slider step.
import { memo } from 'react';
import { t } from '../i18n';
import { formatNumber, formatSignedUsd, formatUsd } from '../lib/format';
import { niceMax } from './ProgramBars';
import { EXPORT_CHANGE_COLOR } from './programs';
import type { SectorBarRow } from './series';

const bn = (v: number) => `${formatNumber(v, 2)}B`;

function SectorBars({ rows, color }: { rows: SectorBarRow[]; color: string }) {
  const pos = niceMax(Math.max(0, ...rows.map((r) => r.dutyBn)));
  const neg =
    Math.max(0, ...rows.map((r) => -r.exportChangeBn)) > 0
      ? niceMax(Math.max(...rows.map((r) => -r.exportChangeBn)))
      : 0;
  const span = pos + neg;
  const zero = (neg / span) * 100;
  const at = (v: number) => `${((v + neg) / span) * 100}%`;
  const ticks = [...(neg > 0 ? [-neg, -neg / 2] : []), 0, pos / 2, pos];
  return (
    <div className="sector-bars" aria-hidden="true" style={{ ['--zero' as string]: `${zero}%` }}>
      {rows.map((r) => (
        <div
          className="sector-row"
          key={r.id}
          title={`${r.label}: ${t('sectors.duty')} ${formatUsd(r.dutyBn * 1e9)}, ${t('sectors.change')} ${formatSignedUsd(r.exportChangeBn * 1e9)}`}
        >
          <span className="sector-label">{r.label}</span>
          <span className="sector-track">
            <span
              className="sector-bar"
              style={{
                left: at(r.exportChangeBn),
                width: `${(-r.exportChangeBn / span) * 100}%`,
                background: EXPORT_CHANGE_COLOR,
              }}
            />
            <span
              className="sector-bar"
              style={{ left: `${zero}%`, width: `${(r.dutyBn / span) * 100}%`, background: color }}
            />
          </span>
        </div>
      ))}
      <div className="sector-axis">
        <span className="sector-label" />
        <span className="sector-ticks">
          {ticks.map((tick) => (
            <span key={tick} style={{ left: at(tick) }}>
              {bn(tick)}
            </span>
          ))}
        </span>
      </div>
    </div>
  );
}

export default memo(SectorBars);
