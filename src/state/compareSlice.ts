// Comparison slice: scenario B, set beside the current scenario (A); it travels in the URL as b.* parameters.
import type { StateCreator } from 'zustand';
import type { PresetId } from '../model/presets';
import type { Scenario } from '../model/types';
import type { ChangeKind } from './scenarioSlice';

export interface CompareSlice {
  compare: Scenario | null;
  /** The preset B came from, if any (its label names B on screen). */
  comparePresetId: PresetId | null;
  /** A label for a B loaded from a saved scenario (not carried in links). */
  compareLabel: string | null;
  compareWith: (scenario: Scenario, presetId: PresetId | null, label?: string | null) => void;
  stopComparing: () => void;
  /** Swap A and B. */
  swapCompare: () => void;
}

type Needs = CompareSlice & {
  scenario: Scenario;
  presetId: PresetId | null;
  changeKind: ChangeKind;
};

export const createCompareSlice: StateCreator<Needs, [], [], CompareSlice> = (set, get) => ({
  compare: null,
  comparePresetId: null,
  compareLabel: null,
  compareWith: (scenario, presetId, label = null) =>
    set({ compare: scenario, comparePresetId: presetId, compareLabel: label, changeKind: 'step' }),
  stopComparing: () => set({ compare: null, comparePresetId: null, compareLabel: null, changeKind: 'step' }),
  swapCompare: () => {
    const { compare, comparePresetId, scenario, presetId } = get();
    if (!compare) return;
    set({
      scenario: compare,
      presetId: comparePresetId,
      compare: scenario,
      comparePresetId: presetId,
      compareLabel: null,
      changeKind: 'step',
    });
  },
});
