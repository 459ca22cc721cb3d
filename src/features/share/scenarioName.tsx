// What a scenario is called wherever it is named for others (embed title, exported charts, the citation): its
// preset, "…, edited" once a setting moved from it, or "custom scenario".
import { useCallback, type ReactNode } from 'react';
import { t } from '../../i18n';
import { presetLabel } from '../../i18n/labels';
import { FigureStampContext } from '../../charts/stamp';
import type { PresetId } from '../../model/presets';
import type { Dataset, Scenario } from '../../model/types';
import { searchOf } from '../../state/persistence';
import { changedFromPreset } from '../../state/scenarioSlice';
import { useStoreApi } from '../../state/store';

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

/** Stamps every chart exported below it with the scenario on screen, read from the store when a file is made. */
export function FigureStampProvider({ dataset, children }: { dataset: Dataset; children: ReactNode }) {
  const store = useStoreApi();
  const stamp = useCallback(() => {
    const s = store.getState();
    return { scenario: scenarioName(s), dataVersion: dataset.version, link: scenarioLink(s, dataset.version) };
  }, [store, dataset.version]);
  return <FigureStampContext.Provider value={stamp}>{children}</FigureStampContext.Provider>;
}
