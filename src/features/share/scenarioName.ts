// What a scenario is called wherever it is named for others (embed title, exported charts, the citation): its
// preset, "…, edited" once a setting moved from it, or "custom scenario".
import { t } from '../../i18n';
import { presetLabel } from '../../i18n/labels';
import type { FigureStamp } from '../../charts/figure';
import type { PresetId } from '../../model/presets';
import type { Scenario } from '../../model/types';
import { searchOf } from '../../state/persistence';
import { changedFromPreset } from '../../state/scenarioSlice';

export function scenarioName(s: { scenario: Scenario; presetId: PresetId | null }): string {
  if (!s.presetId) return t('embed.custom');
  const label = presetLabel(s.presetId);
  return changedFromPreset(s.scenario, s.presetId).length > 0 ? t('embed.edited', { preset: label }) : label;
}

/** The full link to the app's page for a state (not the embed). */
export function scenarioLink(s: Parameters<typeof searchOf>[0], dataVersion: string): string {
  const search = searchOf({ ...s, embed: false, embedChart: null }, dataVersion);
  return `${window.location.origin}${import.meta.env.BASE_URL}${search}`;
}

/** What a chart exported now is stamped with: the scenario on screen, the data version and the link. */
export function stampOf(s: Parameters<typeof searchOf>[0], dataVersion: string): FigureStamp {
  return { scenario: scenarioName(s), dataVersion, link: scenarioLink(s, dataVersion) };
}
