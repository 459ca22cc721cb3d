// Presentation slice: the lesson on screen and its current step; each step loads its scenario.
import type { StateCreator } from 'zustand';
import type { PresetId } from '../model/presets';
import type { Scenario } from '../model/types';
import type { Lesson } from './lesson';
import type { ChangeKind } from './scenarioSlice';
import { parseLink } from './urlCodec';

export interface PresentationSlice {
  presentation: { lesson: Lesson; at: number } | null;
  /**
   * The scenario on screen when the teacher started presenting: leaving the presentation returns to it. Null for a
   * presentation opened from a link (there is no scenario of the teacher's own to return to).
   */
  presentReturn: { scenario: Scenario; presetId: PresetId | null } | null;
  startPresentation: (lesson: Lesson, at?: number) => void;
  goToStep: (at: number) => void;
  stopPresentation: () => void;
}

type Needs = PresentationSlice & {
  scenario: Scenario;
  presetId: PresetId | null;
  changeKind: ChangeKind;
};

/**
 * A step and its scenario in one change, so that it makes one history entry whose link (present, at, and the
 * step's settings) agrees with what the screen shows.
 */
function stepState(lesson: Lesson, at: number): Partial<Needs> {
  const i = Math.min(Math.max(at, 0), lesson.steps.length - 1);
  const step = lesson.steps[i];
  if (!step) return {};
  const link = parseLink(step.search);
  return { presentation: { lesson, at: i }, scenario: link.scenario, presetId: link.presetId, changeKind: 'step' };
}

export const createPresentationSlice: StateCreator<Needs, [], [], PresentationSlice> = (set, get) => ({
  presentation: null,
  presentReturn: null,
  startPresentation: (lesson, at = 0) => {
    const s = get();
    const back = s.presentation ? s.presentReturn : { scenario: s.scenario, presetId: s.presetId };
    set({ ...stepState(lesson, at), presentReturn: back });
  },
  goToStep: (at) => {
    const p = get().presentation;
    if (p) set(stepState(p.lesson, at));
  },
  stopPresentation: () => {
    const back = get().presentReturn;
    set({ presentation: null, presentReturn: null, changeKind: 'step', ...(back ?? {}) });
  },
});
