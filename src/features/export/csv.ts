// The results as CSV: one row per country x sector, with the scenario, data version and as-of date in header lines.
import { toCsv } from '../../lib/csv';
import { PARAMS, toDisplay } from '../../state/parameters';
import {
  COUNTRIES,
  PROGRAMS,
  type CountryResult,
  type Dataset,
  type Scenario,
  type SimulationResult,
} from '../../model/types';

/** Money to the dollar. */
const usd = (v: number) => noNegativeZero(Math.round(v));
/**
 * Rates and shares (fractions) to six decimals: a ten-thousandth of a percentage point, finer than any source. As a
 * number rounded so, it prints as a plain decimal (JavaScript writes 1e-7, never 0.000001, in exponent form).
 */
const share = (v: number) => noNegativeZero(Math.round(v * 1e6) / 1e6);
/** -0 prints as 0 (a NaN stays NaN, an empty field). */
function noNegativeZero(v: number): number {
  return v === 0 ? 0 : v;
}

function settingText(s: Scenario): string {
  return PARAMS.map((p) => {
    const v = s[p.key];
    const shown = p.kind === 'number' ? `${toDisplay(p, v as number)}${p.unit === '%' ? '%' : ''}` : String(v);
    return `${p.url}=${shown}`;
  }).join('; ');
}

/** The sector id of each country's total row. */
export const TOTAL_ID = 'total';
type Totals = Pick<
  CountryResult,
  | 'importsUsd'
  | 'exposedUsd'
  | 'dutyUsd'
  | 'etr'
  | 'dutyAfterResponseUsd'
  | 'exportChangeUsd'
  | 'exportChangePct'
  | 'byProgram'
>;

export const CSV_COLUMNS = [
  'country',
  'sector_id',
  'sector',
  'imports_2024_usd',
  'exposed_usd',
  'duty_usd',
  'etr',
  'duty_after_response_usd',
  'export_change_usd',
  'export_change_pct',
  ...PROGRAMS.map((p) => `etr_${p}`),
] as const;

export function resultsCsv(dataset: Dataset, scenario: Scenario, result: SimulationResult, link: string): string {
  const records: (string | number)[][] = [
    [
      "# USMCA Tariff Simulator: results by country and sector, then each country's total (rates and shares are " +
        'fractions to six decimals; money in US dollars, to the dollar)',
    ],
    [`# Data version ${dataset.version}; as of ${dataset.asOf}; base year ${dataset.baseYear}; ${dataset.sourcesNote}`],
    [`# Scenario: ${settingText(scenario)}`],
    [`# Link: ${link}`],
    [...CSV_COLUMNS],
  ];
  const row = (name: string, id: string, label: string, r: Totals) => [
    name,
    id,
    label,
    usd(r.importsUsd),
    usd(r.exposedUsd),
    usd(r.dutyUsd),
    share(r.etr),
    usd(r.dutyAfterResponseUsd),
    usd(r.exportChangeUsd),
    share(r.exportChangePct),
    ...PROGRAMS.map((p) => share(r.byProgram[p])),
  ];
  for (const c of COUNTRIES) {
    const name = dataset.countries[c].name;
    for (const s of result.countries[c].bySector) records.push(row(name, s.id, s.label, s));
  }
  // Each country's total, from the model's own country figures (the sectors' rows add up to them).
  for (const c of COUNTRIES) records.push(row(dataset.countries[c].name, TOTAL_ID, 'All sectors', result.countries[c]));
  return toCsv(records);
}
