// The store: actions named for what a person means, and the "changed from preset" reading.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, PRESET_IDS, presets } from '../../src/model/presets';
import { builtinLesson } from '../../src/state/lesson';
import { changedFromPreset } from '../../src/state/scenarioSlice';
import { createAppStore } from '../../src/state/store';

describe('scenario slice', () => {
  it('starts on the default preset', () => {
    const s = createAppStore().getState();
    expect(s.presetId).toBe(DEFAULT_PRESET_ID);
    expect(s.scenario).toEqual(presets[DEFAULT_PRESET_ID].scenario);
  });

  it('setParam changes one setting, remembers it as last touched, and never mutates the preset', () => {
    const store = createAppStore();
    store.getState().setParam('mxGeneral', 0.3);
    const s = store.getState();
    expect(s.scenario.mxGeneral).toBe(0.3);
    expect(s.lastTouched).toBe('mxGeneral');
    // The default (December 2026) has no IEEPA tariff: the preset itself still says 0.
    expect(presets[DEFAULT_PRESET_ID].scenario.mxGeneral).toBe(0);
    expect(changedFromPreset(s.scenario, s.presetId)).toEqual(['mxGeneral']);
  });

  it('setting the same value keeps the same scenario object (no re-render)', () => {
    const store = createAppStore();
    const before = store.getState().scenario;
    store.getState().setParam('caGeneral', before.caGeneral);
    expect(store.getState().scenario).toBe(before);
  });

  it('applyPreset sets everything; resetToPreset undoes changes', () => {
    const store = createAppStore();
    store.getState().applyPreset('pre-2025');
    store.getState().setParam('caGeneral', 0.5);
    expect(changedFromPreset(store.getState().scenario, 'pre-2025')).toEqual(['caGeneral']);
    store.getState().resetToPreset();
    expect(store.getState().scenario).toEqual(presets['pre-2025'].scenario);
  });

  it('stores are independent of one another', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().setParam('caGeneral', 0.9);
    expect(b.getState().scenario.caGeneral).toBe(presets[DEFAULT_PRESET_ID].scenario.caGeneral);
    expect(a.getState().scenario.caGeneral).toBe(0.9);
  });
});

describe('view slice', () => {
  it('sorting by the same column flips the order; a new column starts descending (labels ascending)', () => {
    const store = createAppStore();
    store.getState().sortSectorsBy('dutyUsd');
    expect(store.getState().sectorSort).toEqual({ key: 'dutyUsd', descending: false });
    store.getState().sortSectorsBy('label');
    expect(store.getState().sectorSort).toEqual({ key: 'label', descending: false });
    store.getState().sortSectorsBy('etr');
    expect(store.getState().sectorSort).toEqual({ key: 'etr', descending: true });
  });
});

describe('presentation slice', () => {
  it('leaving a presentation returns to the teacher’s own scenario, edits and all', () => {
    const store = createAppStore();
    store.getState().setParam('caGeneral', 0.12);
    const own = store.getState().scenario;
    store.getState().startPresentation(builtinLesson(), 0);
    expect(store.getState().scenario).toEqual(presets['pre-2025'].scenario);
    store.getState().goToStep(5);
    // Starting again (another lesson) while presenting keeps the scenario from before the first.
    store.getState().startPresentation(builtinLesson(), 2);
    store.getState().stopPresentation();
    const s = store.getState();
    expect(s.presentation).toBeNull();
    expect(s.scenario).toBe(own);
    expect(s.presetId).toBe(DEFAULT_PRESET_ID);
  });

  it('a presentation opened from a link has no scenario to return to: leaving keeps the step shown', () => {
    const lesson = builtinLesson();
    const store = createAppStore({ presentation: { lesson, at: 3 }, scenario: presets[PRESET_IDS[3]!].scenario });
    store.getState().stopPresentation();
    expect(store.getState().scenario).toEqual(presets[PRESET_IDS[3]!].scenario);
  });
});
