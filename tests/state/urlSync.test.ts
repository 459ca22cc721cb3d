// @vitest-environment jsdom
// URL sync: discrete steps add history entries, slider moves replace the current one, Back reloads the scenario.
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { presets } from '../../src/model/presets';
import { createAppStore } from '../../src/state/store';
import { parseLink } from '../../src/state/urlCodec';
import { describeProblem, stateFromLink, useUrlSync } from '../../src/state/urlSync';

afterEach(() => {
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

describe('useUrlSync', () => {
  it('pushes a preset, replaces after a slider settles, and follows popstate', () => {
    vi.useFakeTimers();
    const store = createAppStore(stateFromLink(parseLink('')));
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    renderHook(() => useUrlSync(store, 'abc123def456'));
    // Opening adds the data version to the current entry.
    expect(replace).toHaveBeenLastCalledWith(null, '', '/?v=1&preset=nov-2025&data=abc123def456');

    store.getState().applyPreset('pre-2025');
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toContain('preset=pre-2025');

    store.getState().setParam('caGeneral', 0.1);
    store.getState().setParam('caGeneral', 0.11);
    expect(window.location.search).not.toContain('ca=11');
    vi.advanceTimersByTime(200);
    expect(window.location.search).toContain('ca=11');
    expect(push).toHaveBeenCalledTimes(1);

    // Back: the browser shows an older URL and fires popstate; the store follows without pushing.
    window.history.replaceState(null, '', '/?v=1&preset=jun-2025-steel-50');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().scenario).toEqual(presets['jun-2025-steel-50'].scenario);
    expect(push).toHaveBeenCalledTimes(1);
  });
});

describe('stateFromLink', () => {
  it('turns link problems into one notice, and lights up a matching preset', () => {
    const s = stateFromLink(parseLink('?ca=abc&mx=x'));
    expect(s.notices?.[0]?.title).toBe('2 settings in this link could not be used');
    expect(s.presetId).toBe('nov-2025');
    expect(describeProblem({ param: 'b.steel', value: '999', reason: { code: 'outOfRange', min: 0, max: 100 } })).toBe(
      'b.steel = "999": outside 0–100; the default (50%) is used instead.',
    );
  });
});
