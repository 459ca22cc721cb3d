// @vitest-environment jsdom
// URL sync and the persistence table: discrete steps add history entries, slider moves replace the current one,
// and Back/Forward set exactly what opening that link sets.
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { locale, say, setLocale } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { presets } from '../../src/model/presets';
import { builtinLesson } from '../../src/state/lesson';
import { PARAMS } from '../../src/state/parameters';
import {
  LINK_KEYS,
  linkedState,
  problemWords,
  readLink,
  STATE_STORAGE,
  stateFromLink,
  writeLink,
} from '../../src/state/persistence';
import { createAppStore, type AppState } from '../../src/state/store';
import { CODEC_PARAMS, COMPARE_PREFIX, MAX_LINK_LENGTH } from '../../src/state/urlCodec';
import { useUrlSync } from '../../src/state/urlSync';

afterEach(() => {
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
  setLocale('en', en);
});

/** The store for a link, synced to the address bar as the app does it. */
function open(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const store = createAppStore(stateFromLink(window.location.search));
  renderHook(() => useUrlSync(store, 'abc123def456'));
  return store;
}

/** Back: the browser shows the previous entry and fires popstate (jsdom's history.back is asynchronous). */
async function back(to: string) {
  window.history.replaceState(null, '', `/${to}`);
  await act(async () => {
    window.dispatchEvent(new PopStateEvent('popstate'));
    await Promise.resolve();
  });
}

/** What opening a link gives, keyed as the table keys it. */
const opened = (search: string) => linkedState(readLink(search, 'en'));
const pick = (s: Partial<AppState>) => Object.fromEntries(LINK_KEYS.map((k) => [k, s[k]]));

describe('useUrlSync', () => {
  it('pushes a preset, replaces after a slider settles, and follows popstate', async () => {
    vi.useFakeTimers();
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    const store = open('');
    // Opening adds the data version to the current entry.
    expect(replace).toHaveBeenLastCalledWith(null, '', '/?v=2&preset=dec-2026&data=abc123def456');

    store.getState().applyPreset('pre-2025');
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.search).toContain('preset=pre-2025');

    store.getState().setParam('caGeneral', 0.1);
    store.getState().setParam('caGeneral', 0.11);
    expect(window.location.search).not.toContain('ca=11');
    vi.advanceTimersByTime(200);
    expect(window.location.search).toContain('ca=11');
    expect(push).toHaveBeenCalledTimes(1);

    await back('?v=1&preset=jun-2025-steel-50');
    expect(store.getState().scenario).toEqual(presets['jun-2025-steel-50'].scenario);
    expect(push).toHaveBeenCalledTimes(1);
  });

  it('a presentation step is one history entry, and Back shows exactly what that step’s link shows', async () => {
    const store = open('');
    const push = vi.spyOn(window.history, 'pushState');
    store.getState().startPresentation(builtinLesson(), 1);
    const step2 = window.location.search;
    store.getState().goToStep(2);
    const step3 = window.location.search;
    expect(push).toHaveBeenCalledTimes(2);
    expect(step3).toContain('at=3');
    await back(step2);
    expect(pick(store.getState())).toEqual(pick(opened(step2)));
    expect(store.getState().presentation?.at).toBe(1);
    expect(store.getState().scenario).toEqual(
      presets[builtinLesson().steps[1]!.search.match(/preset=([\w-]+)/)![1] as 'feb-2025-announced'].scenario,
    );
    // Esc after Back: the link no longer says present=1.
    store.getState().stopPresentation();
    expect(window.location.search).not.toContain('present=');
  });

  it('Back after a language change goes back to the language of that entry, and its words load first', async () => {
    const store = open('');
    const before = window.location.search;
    store.getState().setLang('fr');
    expect(window.location.search).toContain('lang=fr');
    await back(before);
    await vi.waitFor(() => expect(store.getState().lang).toBe('en'));
    expect(locale()).toBe('en');
    await back('?v=1&lang=es');
    await vi.waitFor(() => expect(store.getState().lang).toBe('es'));
    expect(locale()).toBe('es');
  });

  it('Back to a link without B forgets the saved scenario’s name that labelled B', async () => {
    const store = open('');
    const before = window.location.search;
    store.getState().compareWith(presets['pre-2025'].scenario, null, 'My saved one');
    expect(store.getState().compareLabel).toBe('My saved one');
    await back(before);
    expect(store.getState().compare).toBeNull();
    expect(store.getState().compareLabel).toBeNull();
  });

  it('a theme from the link is kept in it until the person picks one, which replaces the entry', () => {
    const store = open('?v=1&theme=dark');
    expect(store.getState().theme).toBe('dark');
    expect(window.location.search).toContain('theme=dark');
    const push = vi.spyOn(window.history, 'pushState');
    store.getState().clearLinkTheme();
    expect(window.location.search).not.toContain('theme=');
    expect(push).not.toHaveBeenCalled();
  });

  it('never writes a link it would refuse: a 3,999-character link keeps its settings on reload', () => {
    // Read as it is (just under the limit), but the data version the app adds would take it over.
    const padding = 'x'.repeat(MAX_LINK_LENGTH - 17);
    const store = open(`?v=1&ca=40&pad=${padding}`);
    expect(store.getState().scenario.caGeneral).toBe(0.4);
    expect(store.getState().unknownParams).toHaveLength(1);
    expect(window.location.search.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    // What was dropped is said on screen.
    expect(store.getState().notices.map((n) => n.id)).toContain('link-cut');
    expect(stateFromLink(window.location.search).scenario?.caGeneral).toBe(0.4);
  });
});

describe('the persistence table', () => {
  it('names every link parameter the codec reads exactly once (besides the data version, written from the data)', () => {
    const urls = Object.values(STATE_STORAGE).flatMap((row) => [...row.url]);
    const codec = [
      ...CODEC_PARAMS,
      'present',
      'lesson',
      'step',
      'at',
      ...PARAMS.flatMap((p) => [p.url, COMPARE_PREFIX + p.url]),
    ];
    // 'lang' is the one parameter two rows share: the language and whether the link chose it.
    expect(new Set(urls)).toEqual(new Set(codec.filter((u) => u !== 'v')));
    expect(urls.filter((u) => u === 'lang')).toHaveLength(2);
    expect(urls.length).toBe(new Set(urls).size + 1);
  });

  it('what the app writes for a state opens that same state', () => {
    const store = createAppStore(
      stateFromLink('?v=1&preset=apr-2025-autos&ca=30&cmp=1&b.preset=pre-2025&view=reality&lang=fr&theme=light'),
    );
    const { search } = writeLink(store.getState(), null);
    expect(pick(opened(search))).toEqual(pick(store.getState()));
  });
});

describe('stateFromLink', () => {
  it('turns link problems into one notice, and lights up a matching preset', () => {
    const s = stateFromLink('?ca=abc&mx=x');
    expect(s.notices?.[0] && say(s.notices[0].title)).toBe('2 settings in this link could not be used');
    expect(s.presetId).toBe('dec-2026');
    expect(
      say(
        problemWords({
          param: 'b.steel',
          value: '999',
          reason: { code: 'outOfRange', min: 0, max: 100 },
          fallback: '50%',
        }),
      ),
    ).toBe('b.steel = "999": outside 0–100; the default (50%) is used instead.');
  });

  it('a notice is words, so it follows a language switch', async () => {
    const s = stateFromLink('?ca=abc');
    const title = s.notices![0]!.title;
    expect(say(title)).toBe('One setting in this link could not be used');
    const { fr } = await import('../../src/i18n/fr');
    setLocale('fr', fr);
    expect(say(title)).toBe(fr['link.problems.one']);
  });
});
