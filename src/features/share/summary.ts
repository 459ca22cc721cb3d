// A plain-text summary of a scenario and its headline numbers, for pasting into a message.
import { formatRate, formatSignedRate, formatSignedUsd, formatUsd } from '../../lib/format';
import { presets, type PresetId } from '../../model/presets';
import { COUNTRIES, type Scenario, type SimulationResult } from '../../model/types';
import { PARAMS, toDisplay } from '../../state/parameters';
import { V1_DEFAULTS } from '../../state/urlCodec';

function settingLine(s: Scenario, base: Scenario): string {
  const changed = PARAMS.filter((p) => s[p.key] !== base[p.key]).map((p) => {
    const v = s[p.key];
    if (p.kind === 'number') return `${p.label} ${toDisplay(p, v as number)}${p.unit === '%' ? '%' : ''}`;
    if (p.kind === 'boolean') return `${p.label} ${v ? 'on' : 'off'}`;
    return `${p.label}: ${p.options.find((o) => o.value === v)?.label ?? String(v)}`;
  });
  return changed.length ? changed.join('; ') : 'no changes';
}

export function scenarioSummary(
  scenario: Scenario,
  presetId: PresetId | null,
  result: SimulationResult,
  names: Record<'CA' | 'MX', string>,
  link: string,
): string {
  const base = presetId ? presets[presetId].scenario : V1_DEFAULTS;
  const heading = presetId
    ? `Scenario: ${presets[presetId].label}${settingLine(scenario, base) === 'no changes' ? '' : `, changed: ${settingLine(scenario, base)}`}`
    : `Scenario (custom): ${settingLine(scenario, base)}`;
  const lines = [heading];
  for (const c of COUNTRIES) {
    const r = result.countries[c];
    lines.push(
      `${names[c]}: effective tariff rate ${formatRate(r.etr)}, duty ${formatUsd(r.dutyUsd)} a year, ${formatUsd(r.exposedUsd)} of exports facing a new tariff (${formatRate(r.exposedShare, 1)}), exports to the US ${formatSignedRate(r.exportChangePct)} (${formatSignedUsd(r.exportChangeUsd)}, ${formatSignedRate(r.exportChangePctGdp)} of GDP).`,
    );
  }
  lines.push(`Model on 2024 trade (data ${result.dataVersion}); one-year trade response. ${link}`);
  return lines.join('\n');
}
