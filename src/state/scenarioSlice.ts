// Scenario slice: the scenario being edited, the preset it started from, and the control touched last.
import type { StateCreator } from 'zustand';
import { DEFAULT_PRESET_ID, presets, type PresetId } from '../model/presets';
import type { Scenario } from '../model/types';
import { PARAM_BY_KEY } from './parameters';

/**
 * How the last change should enter the browser history: a slider drag replaces the current entry once it settles,
 * a discrete step (preset, switch, choice, reset, load) adds one, 'replace' rewrites the current entry at once,
 * and a change read from the history adds nothing.
 */
export type ChangeKind = 'drag' | 'step' | 'replace' | 'history';

export interface ScenarioSlice {
  scenario: Scenario;
  /** The preset the scenario was last set from (null: built by hand or from a link with no preset). */
  presetId: PresetId | null;
  /** Drives the sensitivity chart: the control the person moved last. */
  lastTouched: keyof Scenario;
  changeKind: ChangeKind;
  setParam: <K extends keyof Scenario>(key: K, value: Scenario[K]) => void;
  applyPreset: (id: PresetId) => void;
  resetToPreset: () => void;
  /** Replace the whole scenario (from a link, the history or a saved scenario). */
  loadScenario: (scenario: Scenario, presetId: PresetId | null, kind?: ChangeKind) => void;
}

export const createScenarioSlice: StateCreator<ScenarioSlice, [], [], ScenarioSlice> = (set, get) => ({
  scenario: presets[DEFAULT_PRESET_ID].scenario,
  presetId: DEFAULT_PRESET_ID,
  lastTouched: 'caGeneral',
  changeKind: 'step',
  setParam: (key, value) => {
    if (get().scenario[key] === value) return;
    const changeKind: ChangeKind = PARAM_BY_KEY[key].kind === 'number' ? 'drag' : 'step';
    set((s) => ({ scenario: { ...s.scenario, [key]: value }, lastTouched: key, changeKind }));
  },
  applyPreset: (id) => set({ scenario: presets[id].scenario, presetId: id, changeKind: 'step' }),
  resetToPreset: () => {
    const id = get().presetId ?? DEFAULT_PRESET_ID;
    set({ scenario: presets[id].scenario, presetId: id, changeKind: 'step' });
  },
  loadScenario: (scenario, presetId, kind = 'step') => set({ scenario, presetId, changeKind: kind }),
});

/** Keys where the scenario differs from its preset ("changed from preset" markers). */
export function changedFromPreset(scenario: Scenario, presetId: PresetId | null): (keyof Scenario)[] {
  if (!presetId) return [];
  const base = presets[presetId].scenario;
  return (Object.keys(base) as (keyof Scenario)[]).filter((k) => base[k] !== scenario[k]);
}
