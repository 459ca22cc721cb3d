// The store: actions named for what a person means, and the "changed from preset" reading.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET_ID, presets } from '../../src/model/presets';
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
