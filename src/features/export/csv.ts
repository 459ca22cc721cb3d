// The results as CSV: one row per country x sector, with the scenario, data version and as-of date in header lines.
import { PARAMS, toDisplay } from '../../state/parameters';
import { COUNTRIES, PROGRAMS, type Dataset, type Scenario, type SimulationResult } from '../../model/types';

/** Quote a field when needed; a leading = + - @ is defused so spreadsheets never run it as a formula. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function settingText(s: Scenario): string {
  return PARAMS.map((p) => {
    const v = s[p.key];
    const shown = p.kind === 'number' ? `${toDisplay(p, v as number)}${p.unit === '%' ? '%' : ''}` : String(v);
    return `${p.url}=${shown}`;
  }).join('; ');
}

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
  const lines = [
    '# USMCA Tariff Simulator: results by country and sector (rates and shares are fractions; money in US dollars)',
    `# Data version ${dataset.version}; as of ${dataset.asOf}; base year ${dataset.baseYear}; ${dataset.sourcesNote}`,
    `# Scenario: ${settingText(scenario)}`,
    `# Link: ${link}`,
    CSV_COLUMNS.join(','),
  ];
  for (const c of COUNTRIES) {
    const name = dataset.countries[c].name;
    for (const s of result.countries[c].bySector)
      lines.push(
        [
          name,
          s.id,
          s.label,
          s.importsUsd,
          s.exposedUsd,
          s.dutyUsd,
          s.etr,
          s.dutyAfterResponseUsd,
          s.exportChangeUsd,
          s.exportChangePct,
          ...PROGRAMS.map((p) => s.byProgram[p]),
        ]
          .map(csvField)
          .join(','),
      );
  }
  return `${lines.join('\n')}\n`;
}
