// Pure series builders: model results in, chart-ready rows out. The Recharts components only render these.
import { t } from '../i18n';
import { scenarioFor, simulateCountryTotals, simulateTotals, type CountryTotals } from '../model/simulate';
import {
  COUNTRIES,
  PROGRAMS,
  type Country,
  type CountryResult,
  type Dataset,
  type Program,
  type Scenario,
  type SectorResult,
  type SimulationResult,
} from '../model/types';
import type { RealityRow } from '../model/realityCheck';
import type { PathMonth } from '../model/ratePath';
import { formatMonth } from '../lib/format';
import type { NumberParam } from '../state/parameters';
import type { SectorSortKey } from '../state/viewSlice';
import { COUNTRY_NAMES } from './programs';

export interface ProgramRow {
  country: string;
  /** Contribution of each program to the country's ETR, in percentage points. */
  values: Record<Program, number>;
  total: number;
}

/** ETR by program, in percentage points, per country; and the programs that contribute anything. */
export function programSeries(result: SimulationResult): { rows: ProgramRow[]; programs: Program[] } {
  const rows = COUNTRIES.map((c) => {
    const r = result.countries[c];
    const values = {} as Record<Program, number>;
    for (const p of PROGRAMS) values[p] = r.byProgram[p] * 100;
    return { country: COUNTRY_NAMES[c], values, total: r.etr * 100 };
  });
  const programs = PROGRAMS.filter((p) => rows.some((r) => r.values[p] > 1e-6));
  return { rows, programs };
}

export interface SectorBarRow {
  id: string;
  label: string;
  /** US$ billions. */
  dutyBn: number;
  exportChangeBn: number;
  etr: number;
}

export const OTHER_ID = 'other';

/** The top `n` sectors by duty, then "Other sectors" summing the rest (US$ billions). */
export function sectorSeries(r: CountryResult, n = 10): SectorBarRow[] {
  const sorted = [...r.bySector].sort((a, b) => b.dutyUsd - a.dutyUsd || a.exportChangeUsd - b.exportChangeUsd);
  const top = sorted.slice(0, n).map(toBar);
  const rest = sorted.slice(n);
  if (rest.length === 0) return top;
  const imports = rest.reduce((s, x) => s + x.importsUsd, 0);
  const duty = rest.reduce((s, x) => s + x.dutyUsd, 0);
  return [
    ...top,
    {
      id: OTHER_ID,
      label: t('sectors.other', { n: rest.length }),
      dutyBn: duty / 1e9,
      exportChangeBn: rest.reduce((s, x) => s + x.exportChangeUsd, 0) / 1e9,
      etr: imports > 0 ? duty / imports : 0,
    },
  ];
}

function toBar(s: SectorResult): SectorBarRow {
  return { id: s.id, label: s.label, dutyBn: s.dutyUsd / 1e9, exportChangeBn: s.exportChangeUsd / 1e9, etr: s.etr };
}

/** Sort the sector table; ties keep alphabetical order so the table never jumps between equal rows. */
export function sortSectors(rows: readonly SectorResult[], key: SectorSortKey, descending: boolean): SectorResult[] {
  const dir = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const d = key === 'label' ? a.label.localeCompare(b.label) : a[key] - b[key];
    return d !== 0 ? d * dir : a.label.localeCompare(b.label);
  });
}

/** The sweep's lines: each country's rate (solid) and export change (dashed), by their key in a SensitivityRow. */
export const SWEEP_LINES = [
  { key: 'etrCA', country: 'CA', dashed: false },
  { key: 'etrMX', country: 'MX', dashed: false },
  { key: 'exportCA', country: 'CA', dashed: true },
  { key: 'exportMX', country: 'MX', dashed: true },
] as const;

export interface SensitivityRow {
  /** The swept control, in display units (35 for 35%). */
  x: number;
  etrCA: number;
  etrMX: number;
  exportCA: number;
  exportMX: number;
}

/**
 * Sweep one numeric control across its range (`points` model runs) and read the ETR and the export change
 * (both in %) of each country. The current value is returned in display units for the marker.
 */
export function sensitivitySeries(
  dataset: Dataset,
  scenario: Scenario,
  param: NumberParam,
  points = 50,
): { rows: SensitivityRow[]; current: number } {
  const scale = param.unit === '%' ? 100 : 1;
  const at = (x: number) => ({ ...scenario, [param.key]: x / scale }) as Scenario;
  // A control of one country's (its rate, its uniform USMCA share) leaves the other's view of the scenario as it is:
  // that country's totals are the same at every point, so they are computed once.
  const moves = Object.fromEntries(
    COUNTRIES.map((c) => [
      c,
      JSON.stringify(scenarioFor(at(param.min), c)) !== JSON.stringify(scenarioFor(at(param.max), c)),
    ]),
  ) as Record<Country, boolean>;
  const fixed = simulateTotals(dataset, at(param.min));
  const rows: SensitivityRow[] = [];
  for (let i = 0; i < points; i++) {
    const x = param.min + ((param.max - param.min) * i) / (points - 1);
    const s = at(x);
    const r = {} as Record<Country, CountryTotals>;
    for (const c of COUNTRIES) r[c] = moves[c] ? simulateCountryTotals(dataset.countries[c], s) : fixed[c];
    rows.push({
      x,
      etrCA: r.CA.etr * 100,
      etrMX: r.MX.etr * 100,
      exportCA: r.CA.exportChangePct * 100,
      exportMX: r.MX.exportChangePct * 100,
    });
  }
  return { rows, current: (scenario[param.key] as number) * scale };
}

export interface CompareSectorRow {
  id: string;
  label: string;
  /** US$ billions, scenario A and B. */
  dutyA: number;
  dutyB: number;
  exportA: number;
  exportB: number;
}

/** Sectors for an A-vs-B chart: the `n` largest by duty in either scenario, in the order of A's data. */
export function compareSectorSeries(a: CountryResult, b: CountryResult, n = 10): CompareSectorRow[] {
  const byId = new Map(b.bySector.map((s) => [s.id, s]));
  const rows = a.bySector.map((s) => {
    const other = byId.get(s.id);
    return {
      id: s.id,
      label: s.label,
      dutyA: s.dutyUsd / 1e9,
      dutyB: (other?.dutyUsd ?? 0) / 1e9,
      exportA: s.exportChangeUsd / 1e9,
      exportB: (other?.exportChangeUsd ?? 0) / 1e9,
    };
  });
  return rows.sort((x, y) => Math.max(y.dutyA, y.dutyB) - Math.max(x.dutyA, x.dutyB)).slice(0, n);
}

export interface ChangePairRow {
  id: string;
  label: string;
  /** Percent changes against 2024: the model's and the actual. */
  predicted: number;
  actual: number;
}

/** The `n` largest sectors by 2024 value: predicted and actual 2025 change, in percent. */
export function realitySeries(rows: readonly RealityRow[], n = 12): ChangePairRow[] {
  return [...rows]
    .sort((a, b) => b.imports2024Usd - a.imports2024Usd)
    .slice(0, n)
    .map((r) => ({ id: r.id, label: r.label, predicted: r.predictedChange * 100, actual: r.actualChange * 100 }));
}

/** Sectors where the model missed most, by the dollar gap between predicted and actual 2025 imports. */
export function largestMisses(rows: readonly RealityRow[], n = 3): RealityRow[] {
  return [...rows]
    .sort((a, b) => Math.abs(b.actual2025Usd - b.predicted2025Usd) - Math.abs(a.actual2025Usd - a.predicted2025Usd))
    .slice(0, n);
}

export interface UtilizationRow {
  month: string;
  CA: number | null;
  MX: number | null;
}

/** Monthly share of imports claiming USMCA, in percent, one row per month. */
export function utilizationSeries(dataset: Dataset): UtilizationRow[] {
  const months = [...new Set(dataset.monthlyUtilization.map((m) => m.month))].sort();
  return months.map((month) => {
    const of = (c: Country) => dataset.monthlyUtilization.find((m) => m.month === month && m.country === c);
    const ca = of('CA');
    const mx = of('MX');
    return { month, CA: ca ? ca.usmcaShare * 100 : null, MX: mx ? mx.usmcaShare * 100 : null };
  });
}

export type RatePathRow = {
  month: string;
  /** The month in the active language, for the axis. */
  label: string;
  /** The model's effective rate, percent; and what US customs collected on all US imports, percent. */
  total: number;
  observed: number | null;
} & Partial<Record<Program, number>>;

/**
 * One country's monthly effective rate along the policy path, percent by program, with the US-wide rate collected
 * (Treasury customs duties over all US imports) where the data has the month.
 */
export function ratePathSeries(
  months: readonly PathMonth[],
  dataset: Dataset,
  c: Country,
): { rows: RatePathRow[]; programs: Program[] } {
  const collected = new Map(dataset.monthlyDuties.map((m) => [m.month, m.usAggregateEffectiveRate * 100]));
  const rows = months.map((m) => {
    const row: RatePathRow = {
      month: m.month,
      label: formatMonth(m.month),
      total: m.etr[c] * 100,
      observed: collected.get(m.month) ?? null,
    };
    for (const p of PROGRAMS) row[p] = m.byProgram[c][p] * 100;
    return row;
  });
  const programs = PROGRAMS.filter((p) => rows.some((r) => (r[p] ?? 0) > 1e-6));
  return { rows, programs };
}
