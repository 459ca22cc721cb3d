// A chart as data (a figure), and the files made from it: its numbers as CSV, and a vector SVG of shapes and text
// (no HTML inside, so librsvg, Inkscape and slide software draw it), stamped with the scenario, data version and link.
import { toCsv } from '../lib/csv';
import { formatNumber, formatPct } from '../lib/format';
import { niceMax } from './geometry';

export interface FigureSeries {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
}

/** Horizontal bars: per row, one or more bars, each a stack of series (negative values stack left of zero). */
export interface BarsFigure {
  kind: 'bars';
  /** The unit of every value, written on the axis and in the CSV headers ("pts", "US$ bn", "%"). */
  unit: string;
  series: FigureSeries[];
  /** The series stacked in each bar of a row, bar by bar. */
  bars: string[][];
  rows: { label: string; values: Record<string, number> }[];
}

/** Lines over a numeric x (months as their index); `area` series stack as filled bands under the lines. */
export interface LinesFigure {
  kind: 'lines';
  xLabel: string;
  unit: string;
  x: { value: number; label: string }[];
  series: (FigureSeries & { values: (number | null)[]; area?: boolean })[];
  /** Where to label the x axis, when not at the points themselves (a sweep's round values). */
  xTicks?: { value: number; label: string }[];
  /** One marked point, such as the current scenario or the current value of a swept control. */
  marker?: { x: number; y: number; label: string; color: string };
}

export type Figure = BarsFigure | LinesFigure;

/** What every exported chart carries: which scenario, which data, and the link that reproduces it. */
export interface FigureStamp {
  scenario: string;
  dataVersion: string;
  link: string;
}

export interface FigureText {
  title: string;
  reading: string;
  source: string;
}

/** The words of the stamp lines, in the active language (given by the caller: this module reads no dictionary). */
export interface StampWords {
  source: string;
  scenario: string;
  data: string;
  link: string;
}

/** Four decimals in a display unit (a ten-thousandth of a point or of a billion): finer than any source. */
const round = (v: number | null) => (v === null || !Number.isFinite(v) ? '' : Math.round(v * 1e4) / 1e4 || 0);

/** The figure's numbers, one row per bar row or x point, with the title and stamp in `#` header lines. */
export function figureCsv(figure: Figure, text: FigureText, stamp: FigureStamp, words: StampWords): string {
  const head = [
    [`# ${text.title}`],
    [`# ${words.scenario}: ${stamp.scenario}; ${words.data}: ${stamp.dataVersion}`],
    [`# ${words.source}: ${text.source}`],
    [`# ${words.link}: ${stamp.link}`],
  ];
  if (figure.kind === 'bars') {
    const cols = figure.series;
    return toCsv([
      ...head,
      ['', ...cols.map((s) => `${s.label} (${figure.unit})`)],
      ...figure.rows.map((r) => [r.label, ...cols.map((s) => round(r.values[s.key] ?? 0))]),
    ]);
  }
  return toCsv([
    ...head,
    [figure.xLabel, ...figure.series.map((s) => `${s.label} (${figure.unit})`)],
    ...figure.x.map((x, i) => [x.label, ...figure.series.map((s) => round(s.values[i] ?? null))]),
  ]);
}

const WIDTH = 960;
const PAD = 24;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const INK = '#1a1a1a';
const MUTED = '#555555';
const GRID = '#d0d0d0';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const n = (v: number) => String(Math.round(v * 10) / 10);

/** Break text into lines of at most `max` characters, at spaces where it can (a long link is cut anywhere). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    while (w.length > max) {
      if (line) lines.push(line);
      line = '';
      lines.push(w.slice(0, max));
      w = w.slice(max);
    }
    if (!line) line = w;
    else if (line.length + 1 + w.length <= max) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function textLines(lines: string[], x: number, y: number, size: number, fill: string, weight = 'normal'): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${n(y + i * size * 1.35)}" font-size="${size}" fill="${fill}" font-weight="${weight}">${esc(l)}</text>`,
    )
    .join('');
}

/** A round tick value: at most two decimals, in the active locale. */
const tick = (v: number, unit: string) => (unit === '%' ? formatPct(v, 2) : formatNumber(v, 2));

function barsPlot(f: BarsFigure, top: number): { svg: string; height: number } {
  const labelW = 230;
  const x0 = PAD + labelW;
  const plotW = WIDTH - x0 - PAD - 70;
  const barH = 14;
  const rowH = f.bars.length * (barH + 3) + 10;
  let pos = 0;
  let neg = 0;
  for (const r of f.rows)
    for (const bar of f.bars) {
      const vals = bar.map((k) => r.values[k] ?? 0);
      pos = Math.max(
        pos,
        vals.filter((v) => v > 0).reduce((s, v) => s + v, 0),
      );
      neg = Math.max(neg, -vals.filter((v) => v < 0).reduce((s, v) => s + v, 0));
    }
  const maxPos = pos > 0 ? niceMax(pos) : neg > 0 ? 0 : 1;
  const maxNeg = neg > 0 ? niceMax(neg) : 0;
  const scale = plotW / (maxPos + maxNeg);
  const zero = x0 + maxNeg * scale;
  const height = f.rows.length * rowH + 28;
  const ticks = [...(maxNeg > 0 ? [-maxNeg, -maxNeg / 2] : []), 0, ...(maxPos > 0 ? [maxPos / 2, maxPos] : [])];
  const parts: string[] = [];
  ticks.forEach((t, i) => {
    const x = zero + t * scale;
    // A unit other than % is named once, after the last tick ("20 US$ bn").
    const label = i === ticks.length - 1 && f.unit !== '%' ? `${tick(t, f.unit)} ${f.unit}` : tick(t, f.unit);
    parts.push(
      `<line x1="${n(x)}" x2="${n(x)}" y1="${top}" y2="${top + height - 22}" stroke="${t === 0 ? MUTED : GRID}" stroke-width="1"/>`,
      `<text x="${n(x)}" y="${top + height - 6}" font-size="12" fill="${MUTED}" text-anchor="middle">${esc(label)}</text>`,
    );
  });
  const color = new Map(f.series.map((s) => [s.key, s.color]));
  f.rows.forEach((r, i) => {
    const y = top + i * rowH + 5;
    const label = r.label.length > 34 ? `${r.label.slice(0, 33)}…` : r.label;
    parts.push(
      `<text x="${x0 - 8}" y="${n(y + (rowH - 10) / 2 + 4)}" font-size="13" fill="${INK}" text-anchor="end">${esc(label)}</text>`,
    );
    f.bars.forEach((bar, b) => {
      const by = y + b * (barH + 3);
      let right = zero;
      let left = zero;
      let sum = 0;
      let anyNegative = false;
      for (const k of bar) {
        const v = r.values[k] ?? 0;
        if (v === 0) continue;
        const w = Math.abs(v) * scale;
        const x = v > 0 ? right : left - w;
        if (v > 0) right += w;
        else {
          left -= w;
          anyNegative = true;
        }
        sum += v;
        parts.push(`<rect x="${n(x)}" y="${n(by)}" width="${n(w)}" height="${barH}" fill="${color.get(k) ?? INK}"/>`);
      }
      if (!anyNegative && sum > 0)
        parts.push(
          `<text x="${n(right + 4)}" y="${n(by + barH - 3)}" font-size="12" fill="${INK}">${esc(tick(sum, f.unit))}</text>`,
        );
    });
  });
  return { svg: parts.join(''), height };
}

function linesPlot(f: LinesFigure, top: number): { svg: string; height: number } {
  const x0 = PAD + 56;
  const plotW = WIDTH - x0 - PAD - 90;
  const plotH = 300;
  const xs = f.x.map((p) => p.value);
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs);
  const X = (v: number) => x0 + ((v - xMin) / (xMax - xMin || 1)) * plotW;
  // Areas stack in the order given; lines are drawn over them at their own values.
  const areas = f.series.filter((s) => s.area);
  const stacked = f.x.map((_, i) => areas.reduce((s, a) => s + (a.values[i] ?? 0), 0));
  const values = [
    ...stacked,
    ...f.series.filter((s) => !s.area).flatMap((s) => s.values.filter((v): v is number => v !== null)),
    ...(f.marker ? [f.marker.y] : []),
  ];
  // A round step that takes about four to cover the values, and an axis of whole steps through zero.
  const highest = Math.max(0, ...values);
  const lowest = Math.min(0, ...values);
  const step = niceMax((highest - lowest) / 4 || 1);
  const hi = Math.max(step, Math.ceil(highest / step - 1e-9) * step);
  const lo = Math.floor(lowest / step + 1e-9) * step;
  const Y = (v: number) => top + plotH - ((v - lo) / (hi - lo)) * plotH;
  const parts: string[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) {
    parts.push(
      `<line x1="${x0}" x2="${x0 + plotW}" y1="${n(Y(v))}" y2="${n(Y(v))}" stroke="${v === 0 ? MUTED : GRID}"/>`,
      `<text x="${x0 - 6}" y="${n(Y(v) + 4)}" font-size="12" fill="${MUTED}" text-anchor="end">${esc(tick(v, f.unit))}</text>`,
    );
  }
  const every = Math.max(1, Math.ceil(f.x.length / 12));
  const xTicks = f.xTicks ?? f.x.filter((_, i) => i % every === 0 || i === f.x.length - 1);
  xTicks.forEach((p) => {
    parts.push(
      `<text x="${n(X(p.value))}" y="${top + plotH + 18}" font-size="12" fill="${MUTED}" text-anchor="middle">${esc(p.label)}</text>`,
    );
  });
  const base = f.x.map(() => 0);
  for (const a of areas) {
    const upper = base.map((b, i) => b + (a.values[i] ?? 0));
    const pts = [
      ...f.x.map((p, i) => `${n(X(p.value))},${n(Y(upper[i] ?? 0))}`),
      ...f.x.map((p, i) => `${n(X(p.value))},${n(Y(base[i] ?? 0))}`).reverse(),
    ];
    parts.push(`<polygon points="${pts.join(' ')}" fill="${a.color}" fill-opacity="0.85" stroke="none"/>`);
    upper.forEach((v, i) => (base[i] = v));
  }
  for (const s of f.series.filter((x) => !x.area)) {
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      const p = f.x[i];
      if (v === null || !p) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${n(X(p.value))} ${n(Y(v))}`;
      pen = true;
    });
    if (d)
      parts.push(
        `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="7 4"' : ''}/>`,
      );
  }
  if (f.marker) {
    const mx = X(f.marker.x);
    const my = Y(f.marker.y);
    parts.push(
      `<circle cx="${n(mx)}" cy="${n(my)}" r="6" fill="#ffffff" stroke="${f.marker.color}" stroke-width="3"/>`,
      `<text x="${n(mx + 10)}" y="${n(my + 4)}" font-size="12" fill="${INK}">${esc(f.marker.label)}</text>`,
    );
  }
  return { svg: parts.join(''), height: plotH + 26 };
}

function legend(
  series: (FigureSeries & { area?: boolean })[],
  lines: boolean,
  top: number,
): { svg: string; height: number } {
  const parts: string[] = [];
  let x = PAD;
  let y = top;
  for (const s of series) {
    const w = 22 + s.label.length * 7 + 18;
    if (x + w > WIDTH - PAD && x > PAD) {
      x = PAD;
      y += 20;
    }
    parts.push(
      lines && !s.area
        ? `<line x1="${x}" x2="${x + 14}" y1="${y + 6}" y2="${y + 6}" stroke="${s.color}" stroke-width="3"${s.dashed ? ' stroke-dasharray="4 2"' : ''}/>`
        : `<rect x="${x}" y="${y}" width="14" height="12" fill="${s.color}"/>`,
      `<text x="${x + 20}" y="${y + 11}" font-size="13" fill="${INK}">${esc(s.label)}</text>`,
    );
    x += w;
  }
  return { svg: parts.join(''), height: y - top + 24 };
}

/** The whole figure as a standalone SVG document: title, reading, plot, legend, then source and stamp lines. */
export function figureSvg(figure: Figure, text: FigureText, stamp: FigureStamp, words: StampWords): string {
  let y = PAD + 20;
  const parts: string[] = [textLines([text.title], PAD, y, 20, INK, 'bold')];
  const reading = wrap(text.reading, 105);
  y += 28;
  parts.push(textLines(reading, PAD, y, 14, MUTED));
  y += reading.length * 14 * 1.35 + 8;
  const plot = figure.kind === 'bars' ? barsPlot(figure, y) : linesPlot(figure, y);
  parts.push(plot.svg);
  y += plot.height + 14;
  const key = legend(figure.series, figure.kind === 'lines', y);
  parts.push(key.svg);
  y += key.height + 6;
  const foot = [
    ...wrap(`${words.source}: ${text.source}`, 140),
    ...wrap(`${words.scenario}: ${stamp.scenario} · ${words.data}: ${stamp.dataVersion}`, 140),
    ...wrap(`${words.link}: ${stamp.link}`, 140),
  ];
  parts.push(textLines(foot, PAD, y + 10, 12, MUTED));
  const height = Math.ceil(y + 10 + foot.length * 12 * 1.35 + PAD);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${esc(FONT)}">` +
    `<title>${esc(text.title)}</title><desc>${esc(text.reading)}</desc>` +
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>${parts.join('')}</svg>\n`
  );
}
