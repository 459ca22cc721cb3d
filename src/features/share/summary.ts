// A plain-text summary of a scenario and its headline numbers, for pasting into a message.
import { t } from '../../i18n';
import { presetLabel } from '../../i18n/labels';
import { formatRate, formatSignedRate, formatSignedUsd, formatUsd } from '../../lib/format';
import { presets, type PresetId } from '../../model/presets';
import { COUNTRIES, type Scenario, type SimulationResult } from '../../model/types';
import { displayValue, PARAMS } from '../../state/parameters';
import { V2_DEFAULTS } from '../../state/urlCodec';

function settingLine(s: Scenario, base: Scenario): string {
  const changed = PARAMS.filter((p) => s[p.key] !== base[p.key]).map(
    (p) => `${p.label}${p.kind === 'choice' ? ':' : ''} ${displayValue(p, s[p.key])}`,
  );
  return changed.length ? changed.join('; ') : '';
}

export function scenarioSummary(
  scenario: Scenario,
  presetId: PresetId | null,
  result: SimulationResult,
  names: Record<'CA' | 'MX', string>,
  link: string,
): string {
  const base = presetId ? presets[presetId].scenario : V2_DEFAULTS;
  const settings = settingLine(scenario, base);
  const heading = presetId
    ? settings
      ? t('summary.changed', { heading: t('summary.preset', { preset: presetLabel(presetId) }), settings })
      : t('summary.preset', { preset: presetLabel(presetId) })
    : t('summary.custom', { settings: settings || t('summary.noChanges') });
  const lines = [heading];
  for (const c of COUNTRIES) {
    const r = result.countries[c];
    lines.push(
      t('summary.country', {
        country: names[c],
        etr: formatRate(r.etr),
        duty: formatUsd(r.dutyUsd),
        exposed: formatUsd(r.exposedUsd),
        share: formatRate(r.exposedShare, 1),
        pct: formatSignedRate(r.exportChangePct),
        change: formatSignedUsd(r.exportChangeUsd),
        gdp: formatRate(Math.abs(r.exportChangePctGdp)),
      }),
    );
  }
  const footer = scenario.elasticityMode === 'sector' ? 'summary.footerLong' : 'summary.footer';
  lines.push(t(footer, { version: result.dataVersion, link }));
  return lines.join('\n');
}
