// Presentation slice: the lesson on screen and its current step; each step loads its scenario.
import type { StateCreator } from 'zustand';
import type { PresetId } from '../model/presets';
import type { Scenario } from '../model/types';
import type { Lesson } from './lesson';
import type { ChangeKind } from './scenarioSlice';
import { parseLink } from './urlCodec';

export interface PresentationSlice {
  presentation: { lesson: Lesson; at: number } | null;
  startPresentation: (lesson: Lesson, at?: number) => void;
  goToStep: (at: number) => void;
  stopPresentation: () => void;
}

type Needs = PresentationSlice & {
  loadScenario: (scenario: Scenario, presetId: PresetId | null, kind?: ChangeKind) => void;
};

export const createPresentationSlice: StateCreator<Needs, [], [], PresentationSlice> = (set, get) => ({
  presentation: null,
  startPresentation: (lesson, at = 0) => {
    set({ presentation: { lesson, at: 0 } });
    get().goToStep(at);
  },
  goToStep: (at) => {
    const p = get().presentation;
    if (!p) return;
    const i = Math.min(Math.max(at, 0), p.lesson.steps.length - 1);
    const step = p.lesson.steps[i];
    if (!step) return;
    set({ presentation: { lesson: p.lesson, at: i } });
    const link = parseLink(step.search);
    get().loadScenario(link.scenario, link.presetId, 'step');
  },
  stopPresentation: () => set({ presentation: null }),
});
