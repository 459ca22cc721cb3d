// The URL codec: readable links, exact round trips, and every bad value refused with a reason, never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, PRESET_IDS, presets } from '../../src/model/presets';
import { PERIODS, type Scenario } from '../../src/model/types';
import { PARAMS } from '../../src/state/parameters';
import {
  EMBED_CHARTS,
  MAX_LINK_LENGTH,
  parseLink,
  scenarioPairs,
  toSearch,
  URL_VERSION,
  V1_DEFAULTS,
  V2_DEFAULTS,
} from '../../src/state/urlCodec';

/** Any valid scenario, with numbers on the grid a person can reach (display value with up to 4 decimals). */
export const validScenario: fc.Arbitrary<Scenario> = fc.record(
  Object.fromEntries(
    PARAMS.map((p) => {
      if (p.kind === 'number') {
        const scale = p.unit === '%' ? 100 : 1;
        return [
          p.key,
          fc.integer({ min: p.min * 10_000, max: p.max * 10_000 }).map((n) => Number((n / 10_000 / scale).toFixed(8))),
        ];
      }
      if (p.kind === 'boolean') return [p.key, fc.boolean()];
      return [p.key, fc.constantFrom(...p.options.map((o) => o.value))];
    }),
  ) as { [K in keyof Scenario]: fc.Arbitrary<Scenario[K]> },
);

describe('writing links', () => {
  it('the default scenario is just the version', () => {
    expect(toSearch({ scenario: DEFAULT_SCENARIO })).toBe(`?v=${URL_VERSION}`);
  });

  it('writes only what differs, in readable units', () => {
    const s = { ...DEFAULT_SCENARIO, caGeneral: 0.25, usmcaExemption: false, period: '2024' as const, elasticity: 1.5 };
    expect(toSearch({ scenario: s, presetId: 'dec-2026' })).toBe(
      '?v=2&preset=dec-2026&ca=25&usmca=off&period=2024&elasticity=1.5',
    );
  });

  it('keeps parameters it does not know, in order', () => {
    const parsed = parseLink('?v=2&ca=30&utm_source=mail&utm_source=again&x=%3Cb%3E');
    expect(parsed.unknown).toEqual([
      ['utm_source', 'mail'],
      ['utm_source', 'again'],
      ['x', '<b>'],
    ]);
    expect(toSearch(parsed)).toBe('?v=2&ca=30&utm_source=mail&utm_source=again&x=%3Cb%3E');
  });

  it('the v2 defaults are today’s default scenario (change one and a new version with a migration is due)', () => {
    expect(V2_DEFAULTS).toEqual(DEFAULT_SCENARIO);
    expect(V2_DEFAULTS).toEqual(presets['dec-2026'].scenario);
    // v1 meant November 2025, with none of the later programs.
    expect(V1_DEFAULTS).toEqual(presets['nov-2025'].scenario);
  });
});

describe('reading links', () => {
  it('reads every preset back exactly', () => {
    for (const id of PRESET_IDS) {
      const parsed = parseLink(toSearch({ scenario: presets[id].scenario, presetId: id }));
      expect(parsed.problems).toEqual([]);
      expect(parsed.scenario).toEqual(presets[id].scenario);
      expect(parsed.presetId).toBe(id);
    }
  });

  it('reads a comparison, embed mode and the data version', () => {
    const b = presets['pre-2025'].scenario;
    const search = toSearch({
      scenario: DEFAULT_SCENARIO,
      compare: b,
      comparePresetId: 'pre-2025',
      embed: true,
      dataVersion: 'abc123def456',
    });
    const parsed = parseLink(search);
    expect(parsed.compare).toEqual(b);
    expect(parsed.comparePresetId).toBe('pre-2025');
    expect(parsed.embed).toBe(true);
    expect(parsed.dataVersion).toBe('abc123def456');
    // A comparison with B at the defaults still travels.
    expect(parseLink(toSearch({ scenario: b, compare: DEFAULT_SCENARIO })).compare).toEqual(DEFAULT_SCENARIO);
  });

  it('an embed link can name its one chart; an unknown chart is refused, and the embed shows them all', () => {
    for (const chart of EMBED_CHARTS) {
      const search = toSearch({ scenario: DEFAULT_SCENARIO, embed: true, embedChart: chart });
      expect(search).toContain(`chart=${chart}`);
      expect(parseLink(search).embedChart).toBe(chart);
    }
    const bad = parseLink('?v=2&embed=1&chart=pie');
    expect(bad.embedChart).toBeNull();
    expect(bad.problems).toEqual([
      { param: 'chart', value: 'pie', reason: { code: 'notOneOf', options: EMBED_CHARTS.join(', ') } },
    ]);
    expect(parseLink('?v=2&embed=1').embedChart).toBeNull();
  });

  it.each([
    ['text where a number goes', '?ca=abc', 'ca', 'notNumber'],
    ['a hex number', '?ca=0x10', 'ca', 'notNumber'],
    ['an exponent', '?mx=1e2', 'mx', 'notNumber'],
    ['a negative rate', '?mx=-5', 'mx', 'notNumber'],
    ['out of range', '?steel=250', 'steel', 'outOfRange'],
    ['an unknown period', '?period=2030', 'period', 'notOneOf'],
    ['a bad switch', '?usmca=maybe', 'usmca', 'notOnOff'],
    ['a duplicated key', '?ca=10&ca=20', 'ca', 'repeated'],
    ['an unknown preset', '?preset=dec-2099', 'preset', 'noPreset'],
    ['non-Latin digits', '?ca=%D9%A3%D9%A5', 'ca', 'notNumber'],
    ['broken percent-encoding', '?ca=%E0%A4%A', 'ca', 'notNumber'],
    ['an unknown language', '?lang=de', 'lang', 'badLang'],
  ])('%s falls back to the default and says why', (_name, search, param, code) => {
    const parsed = parseLink(search);
    expect(parsed.problems).toEqual([expect.objectContaining({ param, reason: expect.objectContaining({ code }) })]);
    expect(parsed.scenario).toEqual(V2_DEFAULTS);
  });

  it('gives the details a message needs', () => {
    expect(parseLink('?steel=250').problems[0]?.reason).toEqual({ code: 'outOfRange', min: 0, max: 100 });
    expect(parseLink('?period=2030').problems[0]?.reason).toEqual({
      code: 'notOneOf',
      options: '2024, 2025h1, 2025h2',
    });
    expect(parseLink('?ca=1&ca=2&ca=3').problems[0]?.reason).toEqual({ code: 'repeated', count: 3 });
  });

  it('reads the language', () => {
    expect(parseLink('?lang=fr').lang).toBe('fr');
    expect(parseLink('?v=1').lang).toBeNull();
    expect(toSearch({ scenario: DEFAULT_SCENARIO, lang: 'es' })).toBe('?v=2&lang=es');
  });

  it('keeps the good values of a link with a bad one', () => {
    const parsed = parseLink('?v=2&ca=20&mx=lots&usmca=off');
    expect(parsed.scenario).toEqual({ ...V2_DEFAULTS, caGeneral: 0.2, usmcaExemption: false });
    expect(parsed.problems.map((p) => p.param)).toEqual(['mx']);
  });

  it('refuses an oversized link whole', () => {
    const parsed = parseLink(`?ca=20&pad=${'x'.repeat(MAX_LINK_LENGTH)}`);
    expect(parsed.scenario).toEqual(V2_DEFAULTS);
    expect(parsed.problems[0]?.reason).toEqual({ code: 'tooLong', max: MAX_LINK_LENGTH });
  });

  it('reads a link from a newer version as far as it can, and says so', () => {
    const parsed = parseLink('?v=7&ca=20');
    expect(parsed.scenario.caGeneral).toBe(0.2);
    expect(parsed.problems[0]).toMatchObject({ param: 'v', reason: { code: 'newerVersion', version: 2 } });
  });

  it('shows a hostile value as short plain text', () => {
    const parsed = parseLink(`?ca=${encodeURIComponent('<img src=x onerror=alert(1)>\u0000'.repeat(3))}`);
    expect(parsed.problems[0]?.value.length).toBeLessThanOrEqual(41);
    expect(parsed.problems[0]?.value).not.toContain('\u0000');
  });
});

describe('migrations', () => {
  it('a made-up version 0 link (fractions, long names) opens the same scenario in version 1', () => {
    const parsed = parseLink('?v=0&canada=0.3&mexico=0.2&exempt=no&period=2024');
    expect(parsed.problems).toEqual([]);
    expect(parsed.scenario).toEqual({
      ...V1_DEFAULTS,
      caGeneral: 0.3,
      mxGeneral: 0.2,
      usmcaExemption: false,
      period: '2024',
    });
    // Re-written in today's format (v2: against December 2026), it reads the same again.
    expect(parseLink(toSearch(parsed)).scenario).toEqual(parsed.scenario);
  });

  /** A link as the v1 app wrote it: every setting that differs from the v1 defaults. */
  const v1Link = (s: Scenario, presetId?: string) =>
    `?${new URLSearchParams([['v', '1'], ...(presetId ? [['preset', presetId]] : []), ...scenarioPairs(s, '', V1_DEFAULTS)]).toString()}`;

  it('every v1 link of the ten 2025–26 presets opens the scenario it opened before', () => {
    for (const id of PRESET_IDS.slice(0, 10)) {
      const old = presets[id].scenario;
      const parsed = parseLink(v1Link(old, id));
      expect({ id, problems: parsed.problems }).toEqual({ id, problems: [] });
      expect({ id, scenario: parsed.scenario }).toEqual({ id, scenario: old });
      expect(parsed.presetId).toBe(id);
    }
  });

  it('hand-edited v1 links keep their meaning: bare, one setting, a preset alone, a comparison', () => {
    // v1 with nothing: the November 2025 defaults, not today's.
    expect(parseLink('?v=1').scenario).toEqual(V1_DEFAULTS);
    expect(parseLink('?v=1&ca=20').scenario).toEqual({ ...V1_DEFAULTS, caGeneral: 0.2 });
    // A preset alone opens that preset in any version.
    expect(parseLink('?v=1&preset=jun-2025-steel-50').scenario).toEqual(presets['jun-2025-steel-50'].scenario);
    const cmp = parseLink('?v=1&cmp=1&b.steel=25');
    expect(cmp.scenario).toEqual(V1_DEFAULTS);
    expect(cmp.compare).toEqual({ ...V1_DEFAULTS, steel: 0.25 });
    expect(parseLink('?v=1&b.preset=pre-2025').compare).toEqual(presets['pre-2025'].scenario);
  });

  it('any v1 link (fast-check) opens the scenario it meant: v1 defaults plus its own settings', () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const v1 = {
          ...s,
          pharma: 0,
          section122: 0,
          forcedLabor301: 0,
          section338: 0,
          metalsBasis: 'content' as const,
          s338Mode: 'duty' as const,
        };
        expect(parseLink(v1Link(v1)).scenario).toEqual(v1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('properties (fast-check)', () => {
  it('parse(serialize(s)) gives s back for any valid scenario, with no problem', () => {
    fc.assert(
      fc.property(validScenario, validScenario, fc.boolean(), (a, b, withB) => {
        const parsed = parseLink(toSearch({ scenario: a, ...(withB ? { compare: b } : {}) }));
        expect(parsed.problems).toEqual([]);
        expect(parsed.scenario).toEqual(a);
        expect(parsed.compare).toEqual(withB ? b : null);
      }),
      { numRuns: 2_000 },
    );
  });

  it('the period choices are all reachable', () => {
    for (const p of PERIODS) expect(parseLink(`?period=${p}`).scenario.period).toBe(p);
  });
});

describe('regressions found by the fuzz test', () => {
  it('__proto__ as a switch value is refused, not read as an object', () => {
    const parsed = parseLink('?b.usmca=__proto__&usmca=constructor&embed=__proto__');
    expect(parsed.compare?.usmcaExemption).toBe(true);
    expect(parsed.scenario.usmcaExemption).toBe(true);
    expect(parsed.embed).toBe(false);
    expect(parsed.problems.map((p) => p.param)).toEqual(['usmca', 'b.usmca', 'embed']);
  });
});

describe('hand-typed links', () => {
  it('a link with only a preset opens that preset, for A and for B', () => {
    const parsed = parseLink('?preset=jun-2025-steel-50&b.preset=pre-2025');
    expect(parsed.scenario).toEqual(presets['jun-2025-steel-50'].scenario);
    expect(parsed.compare).toEqual(presets['pre-2025'].scenario);
  });

  it('links the app writes (with v=) are read against the v1 defaults, so they never depend on a preset', () => {
    const june = presets['jun-2025-steel-50'].scenario;
    const edited = { ...june, caGeneral: 0.35 };
    expect(parseLink(toSearch({ scenario: edited, presetId: 'jun-2025-steel-50' })).scenario).toEqual(edited);
  });

  it('a hand-typed link (no v=) reads its settings on top of the preset it names', () => {
    const parsed = parseLink('?preset=jun-2025-steel-50&ca=40');
    expect(parsed.scenario).toEqual({ ...presets['jun-2025-steel-50'].scenario, caGeneral: 0.4 });
    expect(parsed.problems).toEqual([]);
    // A bad value falls back to the preset's own, and the notice names that value.
    const bad = parseLink('?preset=jun-2025-steel-50&steel=abc');
    expect(bad.scenario).toEqual(presets['jun-2025-steel-50'].scenario);
    expect(bad.problems[0]).toMatchObject({ param: 'steel', fallback: '50%' });
    expect(parseLink('?preset=pre-2025&steel=x').problems[0]).toMatchObject({ fallback: '0%' });
  });
});

describe('outside input gets a clear answer', () => {
  it('cmp=0 leaves the comparison off; cmp=1 or a B setting turns it on; a bad cmp is reported', () => {
    expect(parseLink('?v=1&cmp=0').compare).toBeNull();
    expect(parseLink('?v=1&cmp=0&b.ca=20').compare).toBeNull();
    expect(parseLink('?v=1&cmp=1').compare).toEqual(V1_DEFAULTS);
    expect(parseLink('?v=1&b.ca=20').compare).toEqual({ ...V1_DEFAULTS, caGeneral: 0.2 });
    const bad = parseLink('?v=1&cmp=maybe');
    expect(bad.compare).toBeNull();
    expect(bad.problems).toEqual([{ param: 'cmp', value: 'maybe', reason: { code: 'notZeroOne' } }]);
  });

  it('b.b.ca names no setting of B: it does not open a comparison, and is kept as it came', () => {
    const parsed = parseLink('?v=1&b.b.ca=30');
    expect(parsed.compare).toBeNull();
    expect(parsed.unknown).toEqual([['b.b.ca', '30']]);
  });

  it('reads theme= and reports a bad one', () => {
    expect(parseLink('?theme=dark').theme).toBe('dark');
    const bad = parseLink('?theme=neon');
    expect(bad.theme).toBeNull();
    expect(bad.problems).toEqual([
      { param: 'theme', value: 'neon', reason: { code: 'notOneOf', options: 'auto, light, dark' } },
    ]);
    expect(toSearch({ scenario: V2_DEFAULTS, theme: 'light' })).toBe('?v=2&theme=light');
  });

  it('the writer never makes a link longer than the reader takes: unknown parameters go first', () => {
    const unknown: [string, string][] = Array.from({ length: 400 }, (_, i) => [`extra${i}`, 'x'.repeat(20)]);
    const search = toSearch({ scenario: { ...V1_DEFAULTS, caGeneral: 0.2 }, unknown });
    expect(search.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    const back = parseLink(search);
    expect(back.problems).toEqual([]);
    expect(back.scenario.caGeneral).toBe(0.2);
    expect(back.unknown.length).toBeGreaterThan(0);
    expect(back.unknown.length).toBeLessThan(400);
  });
});
