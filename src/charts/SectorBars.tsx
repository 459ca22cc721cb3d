// Diverging bars per sector, drawn in HTML: duty owed to the right of zero, estimated export change to the left
// (US$ billions). A Recharts bar chart costs ~6–8 ms per render, half the frame budget of a slider step.
import { memo } from 'react';
import { t } from '../i18n';
import { formatNumber, formatSignedUsd, formatUsd } from '../lib/format';
import { niceMax } from './geometry';
import { EXPORT_CHANGE_COLOR } from './programs';
import type { SectorBarRow } from './series';

const bn = (v: number) => `${formatNumber(v, 2)}B`;
/**
 * A position in percent of the track, to a hundredth (a fraction of a pixel), so that a row whose bars did not move
 * keeps its props. CSS, not prose: never the locale's way of writing ("12,5 %" is no CSS length).
 */
const pct = (v: number) => v.toFixed(2);
/**
 * A bar from `left` to `left + width` (percent of the track) as a transform of a track-wide box: a step moves the
 * bars without laying out the rows again.
 */
const bar = (left: string, width: string) => `translateX(${left}%) scaleX(${Number(width) / 100})`;

/** One sector's bars; memoised on its text and positions, so a step redraws only the rows that moved. */
const BarRow = memo(function BarRow(p: {
  label: string;
  title: string;
  changeLeft: string;
  changeWidth: string;
  dutyLeft: string;
  dutyWidth: string;
  color: string;
}) {
  return (
    <div className="sector-row" title={p.title}>
      <span className="sector-label">{p.label}</span>
      <span className="sector-track">
        <span
          className="sector-bar"
          style={{ transform: bar(p.changeLeft, p.changeWidth), background: EXPORT_CHANGE_COLOR }}
        />
        <span className="sector-bar" style={{ transform: bar(p.dutyLeft, p.dutyWidth), background: p.color }} />
      </span>
    </div>
  );
});

function SectorBars({ rows, color }: { rows: SectorBarRow[]; color: string }) {
  const pos = niceMax(Math.max(0, ...rows.map((r) => r.dutyBn)));
  const neg =
    Math.max(0, ...rows.map((r) => -r.exportChangeBn)) > 0
      ? niceMax(Math.max(...rows.map((r) => -r.exportChangeBn)))
      : 0;
  const span = pos + neg;
  const zero = (neg / span) * 100;
  const at = (v: number) => pct(((v + neg) / span) * 100);
  const ticks = [...(neg > 0 ? [-neg, -neg / 2] : []), 0, pos / 2, pos];
  return (
    <div className="sector-bars" aria-hidden="true" style={{ ['--zero' as string]: `${zero}%` }}>
      {rows.map((r) => (
        <BarRow
          key={r.id}
          label={r.label}
          title={`${r.label}: ${t('sectors.duty')} ${formatUsd(r.dutyBn * 1e9)}, ${t('sectors.change')} ${formatSignedUsd(r.exportChangeBn * 1e9)}`}
          changeLeft={at(r.exportChangeBn)}
          changeWidth={pct((-r.exportChangeBn / span) * 100)}
          dutyLeft={pct(zero)}
          dutyWidth={pct((r.dutyBn / span) * 100)}
          color={color}
        />
      ))}
      <div className="sector-axis">
        <span className="sector-label" />
        <span className="sector-ticks">
          {ticks.map((tick) => (
            <span key={tick} style={{ left: `${at(tick)}%` }}>
              {bn(tick)}
            </span>
          ))}
        </span>
      </div>
    </div>
  );
}

export default memo(SectorBars);
