// Each chart's figure: the same series it draws, as data for its SVG, PNG and CSV (see figure.ts). Loaded with the
// export code on a first download, never with the first screen.
import { t } from '../i18n';
import { formatWithUnit } from '../lib/format';
import type { Program } from '../model/types';
import type { BarsFigure, FigureSeries, LinesFigure } from './figure';
import { niceMax } from './geometry';
import { COUNTRY_COLORS, COUNTRY_NAMES, EXPORT_CHANGE_COLOR, PROGRAM_COLORS, PROGRAM_LABELS } from './programs';
import {
  SWEEP_LINES,
  type ChangePairRow,
  type CompareSectorRow,
  type ProgramRow,
  type RatePathRow,
  type SectorBarRow,
  type SensitivityRow,
  type UtilizationRow,
} from './series';
import type { Country } from '../model/types';

const programSeries = (programs: readonly Program[]): FigureSeries[] =>
  programs.map((p) => ({ key: p, label: PROGRAM_LABELS[p], color: PROGRAM_COLORS[p] }));

/** Each country's effective rate, stacked by program (percent of imports). */
export function programBars({ rows, programs: used }: { rows: ProgramRow[]; programs: Program[] }): BarsFigure {
  return {
    kind: 'bars',
    unit: '%',
    series: programSeries(used),
    bars: [used],
    rows: rows.map((r) => ({ label: r.country, values: r.values })),
  };
}

/** Duty (right of zero) and estimated export change (left), US$ billions, per sector. */
export function sectors(rows: SectorBarRow[], country: Country): BarsFigure {
  return {
    kind: 'bars',
    unit: t('figure.usdBn'),
    series: [
      { key: 'duty', label: t('sectors.duty'), color: COUNTRY_COLORS[country] },
      { key: 'change', label: t('sectors.change'), color: EXPORT_CHANGE_COLOR },
    ],
    bars: [['duty', 'change']],
    rows: rows.map((r) => ({ label: r.label, values: { duty: r.dutyBn, change: r.exportChangeBn } })),
  };
}

/** Duty per sector in scenario A and in B, US$ billions, as two bars a row. */
export function compareSectors(rows: CompareSectorRow[], a: FigureSeries, b: FigureSeries): BarsFigure {
  return {
    kind: 'bars',
    unit: t('figure.usdBn'),
    series: [a, b],
    bars: [[a.key], [b.key]],
    rows: rows.map((r) => ({ label: r.label, values: { [a.key]: r.dutyA, [b.key]: r.dutyB } })),
  };
}

/** The model's and the actual change per sector, percent, as two bars a row. */
export function changePairs(rows: ChangePairRow[], predicted: FigureSeries, actual: FigureSeries): BarsFigure {
  return {
    kind: 'bars',
    unit: '%',
    series: [predicted, actual],
    bars: [[predicted.key], [actual.key]],
    rows: rows.map((r) => ({ label: r.label, values: { [predicted.key]: r.predicted, [actual.key]: r.actual } })),
  };
}

/** Round values from `min` to `max`, about five steps apart. */
function roundTicks(min: number, max: number): number[] {
  const step = niceMax((max - min) / 5 || 1);
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/** A control swept across its range: each country's rate and export change, with the current value marked. */
export function sweep(rows: SensitivityRow[], param: string, unit: string, current: number): LinesFigure {
  // The marker sits on Canada's rate line, read between the two sweep points around the current value.
  const i = Math.max(
    1,
    rows.findIndex((r) => r.x >= current),
  );
  const p = rows[i - 1];
  const q = rows[i];
  const y = p && q ? p.etrCA + ((q.etrCA - p.etrCA) * (current - p.x)) / (q.x - p.x || 1) : (p?.etrCA ?? 0);
  return {
    kind: 'lines',
    xLabel: param,
    unit: '%',
    x: rows.map((r) => ({ value: r.x, label: formatWithUnit(r.x, unit) })),
    xTicks: roundTicks(rows[0]?.x ?? 0, rows[rows.length - 1]?.x ?? 0).map((v) => ({
      value: v,
      label: formatWithUnit(v, unit),
    })),
    series: SWEEP_LINES.map((l) => ({
      key: l.key,
      label: t(`sensitivity.${l.key}`),
      color: COUNTRY_COLORS[l.country],
      dashed: l.dashed,
      values: rows.map((r) => r[l.key]),
    })),
    marker: {
      x: current,
      y,
      label: t('sensitivity.now', { value: formatWithUnit(current, unit) }),
      color: COUNTRY_COLORS.CA,
    },
  };
}

/** The monthly share of imports claiming USMCA, percent. */
export function utilization(rows: UtilizationRow[], month: string): LinesFigure {
  return {
    kind: 'lines',
    xLabel: month,
    unit: '%',
    x: rows.map((r, i) => ({ value: i, label: r.month })),
    series: (['CA', 'MX'] as const).map((c) => ({
      key: c,
      label: COUNTRY_NAMES[c],
      color: COUNTRY_COLORS[c],
      dashed: c === 'MX',
      values: rows.map((r) => r[c]),
    })),
  };
}

/** One country's monthly rate by program (stacked), the US-wide rate collected, and the current scenario marked. */
export function ratePath(
  rows: RatePathRow[],
  used: Program[],
  observed: string,
  month: string,
  marker: { value: number; label: string; color: string },
): LinesFigure {
  return {
    kind: 'lines',
    xLabel: month,
    unit: '%',
    x: rows.map((r, i) => ({ value: i, label: r.label })),
    series: [
      ...used.map((p) => ({
        key: p,
        label: PROGRAM_LABELS[p],
        color: PROGRAM_COLORS[p],
        area: true,
        values: rows.map((r) => r[p] ?? 0),
      })),
      { key: 'observed', label: observed, color: '#1a1a1a', dashed: true, values: rows.map((r) => r.observed) },
    ],
    marker: { x: rows.length - 1, y: marker.value, label: marker.label, color: marker.color },
  };
}
