// The URL is the scenario: a pure codec between a query string and a complete, valid scenario (plus view options).
import { formatHts, normaliseCode } from '../model/hts';
import { LOCALES, type Locale } from '../i18n';
import { THEMES, type Theme } from '../lib/theme';
import { ZERO_RATES } from '../model/programs';
import { isPresetId, presets, type PresetId } from '../model/presets';
import type { Scenario } from '../model/types';
import { PARAMS, fromDisplay, toDisplay, type Param } from './parameters';

export const URL_VERSION = 2;
/**
 * The longest query the app reads, and so the longest it writes (`fitLink` keeps every link it makes under it).
 * 8,000 characters stays inside the 8 KB request line that common servers accept; a 30-step lesson with a dozen
 * settings a step needs about 5,000.
 */
export const MAX_LINK_LENGTH = 8000;
/** Prefix of the comparison scenario's parameters (b.ca=25). */
export const COMPARE_PREFIX = 'b.';

/**
 * What a v1 link means for every parameter it leaves out. Frozen on purpose: if the app's defaults change,
 * old links must still open what their senders saw (a test ties these to today's default scenario).
 */
export const V1_DEFAULTS: Readonly<Scenario> = Object.freeze({
  // Programs that came after v1 (every row added to the table since): a v1 link never meant any of them.
  ...ZERO_RATES,
  caGeneral: 0.35,
  caEnergy: 0.1,
  mxGeneral: 0.25,
  mxPotash: 0.1,
  steel: 0.5,
  aluminum: 0.5,
  copper: 0.5,
  autos: 0.25,
  autoParts: 0.25,
  mhdTrucks: 0.25,
  mhdParts: 0.25,
  buses: 0.1,
  lumber: 0.1,
  furniture: 0.25,
  usmcaExemption: true,
  usmcaTerminated: false,
  utilization: 'observed',
  period: '2025h2',
  uniformCa: 0.927,
  uniformMx: 0.887,
  usContentShare: 0.4,
  autoOffset: 0.012375,
  elasticityMode: 'uniform',
  elasticity: 1,
  elasticityMultiplier: 1,
  metalsBasis: 'content',
  s338Mode: 'duty',
});

/**
 * What a link of each version means for a setting it leaves out: v1 left out what equalled November 2025, v2 what
 * equals December 2026. A v1 link is read against v1's defaults, so it opens the scenario it always did, and a
 * refused value falls back to what that link meant.
 */
function defaultsOf(version: number): Readonly<Scenario> {
  return version >= 2 ? V2_DEFAULTS : V1_DEFAULTS;
}

/**
 * What a v2 link means for every parameter it leaves out: current law on 1 December 2026 (the `dec-2026` preset),
 * frozen here like V1_DEFAULTS (a test ties it to the preset as it stands today).
 */
export const V2_DEFAULTS: Readonly<Scenario> = Object.freeze({
  ...V1_DEFAULTS,
  caGeneral: 0,
  caEnergy: 0,
  mxGeneral: 0,
  mxPotash: 0,
  pharma: 1,
  forcedLabor301: 0.1,
  section338: 0.5,
  metalsBasis: 'annexJun',
});

/** Why a value was refused; the screen words it in the reader's language. */
export type ProblemReason =
  | { code: 'notNumber'; example: string }
  | { code: 'outOfRange'; min: number; max: number }
  | { code: 'notOnOff' }
  | { code: 'notOneOf'; options: string }
  | { code: 'repeated'; count: number }
  | { code: 'noPreset' }
  | { code: 'tooLong'; max: number }
  | { code: 'unreadable' }
  | { code: 'badVersion' }
  | { code: 'newerVersion'; version: number }
  | { code: 'notZeroOne' }
  | { code: 'badData' }
  | { code: 'badProduct' }
  | { code: 'badLang' }
  | { code: 'notPresent' }
  | { code: 'tooManySteps'; max: number }
  | { code: 'noStep'; max: number };

/** A parameter the link got wrong: shown to the person, never thrown. */
export interface LinkProblem {
  param: string;
  value: string;
  reason: ProblemReason;
  /** The value used instead, as shown on screen (settings only). */
  fallback?: string;
}

/** The single chart an embed can show (`embed=1&chart=sectors`); without `chart=` it shows them all. */
export const EMBED_CHARTS = ['headline', 'why', 'sectors'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

/** The screens besides the simulator, by their `view=` name (`presenter`: a presentation's second window). */
export const VIEWS = ['methodology', 'reality', 'sources', 'presenter'] as const;
export type View = (typeof VIEWS)[number];

export interface LinkState {
  scenario: Scenario;
  /** The screen shown (null: the simulator). */
  view: View | null;
  /** The interface language the link asks for (null: the reader's browser decides). */
  lang: Locale | null;
  presetId: PresetId | null;
  /** Scenario B of a comparison, when the link carries one. */
  compare: Scenario | null;
  comparePresetId: PresetId | null;
  embed: boolean;
  /** In an embed, the one chart shown (null: all of them). */
  embedChart: EmbedChart | null;
  /** The colour theme the link asks for (null: the reader's own). */
  theme: Theme | null;
  /** Data version the link was made with, if it says. */
  dataVersion: string | null;
  /** The HTS code (or prefix, 2 to 10 digits) whose product panel is open. */
  product: string | null;
  /** Parameters this app does not know, kept as they came so that nothing of the sender's is lost. */
  unknown: [string, string][];
}

export interface ParsedLink extends LinkState {
  problems: LinkProblem[];
}

/** Parameters read elsewhere (the lesson's, by `parseLesson`); never kept as unknown. */
const LESSON_PARAMS = new Set(['present', 'lesson', 'step', 'at']);
const NUMBER = /^\d{1,4}(\.\d{1,6})?$/;
/** A Map, not an object literal: `__proto__` must read as unknown, not as Object.prototype (the fuzz test found it). */
const BOOLEAN = new Map<string, boolean>([
  ['on', true],
  ['off', false],
  ['1', true],
  ['0', false],
  ['true', true],
  ['false', false],
]);

type Values = Map<string, string[]>;

/**
 * Migrations from older link formats, by the version they read. Each turns the raw parameters of its version
 * into those of the next, so a link made today keeps opening the same scenario after the format moves on.
 * Version 0 never shipped; it stands in for the first real change and keeps the mechanism tested.
 */
export const MIGRATIONS: Record<number, (values: Values) => Values> = {
  0: (values) => {
    // v0 wrote fractions under long names (canada=0.35) and exempt=yes|no.
    const out: Values = new Map();
    const rename: Record<string, string> = { canada: 'ca', mexico: 'mx', exempt: 'usmca' };
    for (const [key, list] of values) {
      const name = Object.hasOwn(rename, key) ? (rename[key] as string) : key;
      const converted =
        key === 'canada' || key === 'mexico'
          ? list.map((v) => (NUMBER.test(v) ? String(Number((Number(v) * 100).toFixed(4))) : v))
          : key === 'exempt'
            ? list.map((v) => (v === 'yes' ? 'on' : v === 'no' ? 'off' : v))
            : list;
      out.set(name, [...(out.get(name) ?? []), ...converted]);
    }
    return out;
  },
};

function parseValue(
  p: Param,
  raw: string,
): { ok: true; value: Scenario[keyof Scenario] } | { ok: false; reason: ProblemReason } {
  if (p.kind === 'number') {
    if (!NUMBER.test(raw)) return { ok: false, reason: { code: 'notNumber', example: p.unit === '%' ? '35' : '1.5' } };
    const display = Number(raw);
    if (display < p.min || display > p.max)
      return { ok: false, reason: { code: 'outOfRange', min: p.min, max: p.max } };
    return { ok: true, value: fromDisplay(p, display) };
  }
  if (p.kind === 'boolean') {
    const b = BOOLEAN.get(raw);
    return b === undefined ? { ok: false, reason: { code: 'notOnOff' } } : { ok: true, value: b };
  }
  const option = p.options.find((o) => o.value === raw);
  return option
    ? { ok: true, value: option.value }
    : { ok: false, reason: { code: 'notOneOf', options: p.options.map((o) => o.value).join(', ') } };
}

/** Show a value as it came, cut short and stripped of control characters (it is displayed as text, never HTML). */
function shown(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = raw.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

/** A setting as the link writes it, with its unit: "35%", "on", "observed" (the same in every language). */
function linkValue(p: Param, value: Scenario[keyof Scenario]): string {
  return `${formatValue(p, value)}${p.kind === 'number' && p.unit === '%' ? '%' : ''}`;
}

/** Reads one scenario's settings on top of `base`; a refused value keeps the base's, which the problem names. */
function readScenario(values: Values, prefix: string, base: Scenario, problems: LinkProblem[]): Scenario {
  const scenario = { ...base } as Record<keyof Scenario, unknown>;
  for (const p of PARAMS) {
    const name = prefix + p.url;
    const list = values.get(name);
    if (!list) continue;
    if (list.length > 1) {
      problems.push({
        param: name,
        value: list.map(shown).join(', '),
        reason: { code: 'repeated', count: list.length },
        fallback: linkValue(p, base[p.key]),
      });
      continue;
    }
    const raw = list[0] ?? '';
    const r = parseValue(p, raw);
    if (r.ok) scenario[p.key] = r.value;
    else problems.push({ param: name, value: shown(raw), reason: r.reason, fallback: linkValue(p, base[p.key]) });
  }
  return scenario as unknown as Scenario;
}

function single(values: Values, name: string, problems: LinkProblem[]): string | null {
  const list = values.get(name);
  if (!list) return null;
  if (list.length > 1) {
    problems.push({ param: name, value: list.map(shown).join(', '), reason: { code: 'repeated', count: list.length } });
    return null;
  }
  return list[0] ?? null;
}

function readPreset(values: Values, name: string, problems: LinkProblem[]): PresetId | null {
  const raw = single(values, name, problems);
  if (raw === null) return null;
  if (isPresetId(raw)) return raw;
  problems.push({ param: name, value: shown(raw), reason: { code: 'noPreset' } });
  return null;
}

/**
 * The link's view options, one row each: its parameter, the value when the link leaves it out, how a raw value is
 * read (or why it is refused) and how a value is written (null: left out). `parseLink` and `toSearch` loop over it.
 */
interface Field<T> {
  url: string;
  empty: T;
  read: (raw: string) => { ok: true; value: T } | { ok: false; reason: ProblemReason };
  write: (value: T) => string | null;
}

function oneOf<T extends string>(url: string, options: readonly T[], reason?: ProblemReason): Field<T | null> {
  return {
    url,
    empty: null,
    read: (raw) =>
      (options as readonly string[]).includes(raw)
        ? { ok: true, value: raw as T }
        : { ok: false, reason: reason ?? { code: 'notOneOf', options: options.join(', ') } },
    write: (value) => value,
  };
}

export const LINK_FIELDS = {
  view: oneOf('view', VIEWS),
  lang: oneOf('lang', LOCALES, { code: 'badLang' }),
  theme: oneOf('theme', THEMES),
  embed: {
    url: 'embed',
    empty: false,
    read: (raw) => {
      const b = BOOLEAN.get(raw);
      return b === undefined ? { ok: false, reason: { code: 'notZeroOne' } } : { ok: true, value: b };
    },
    write: (value) => (value ? '1' : null),
  } satisfies Field<boolean>,
  embedChart: oneOf('chart', EMBED_CHARTS),
  product: {
    url: 'product',
    empty: null,
    read: (raw) => {
      const code = normaliseCode(raw);
      return code === null ? { ok: false, reason: { code: 'badProduct' } } : { ok: true, value: code };
    },
    write: (value) => (value === null ? null : formatHts(value)),
  } satisfies Field<string | null>,
  dataVersion: {
    url: 'data',
    empty: null,
    read: (raw) =>
      /^[0-9a-f]{6,40}$/.test(raw) ? { ok: true, value: raw } : { ok: false, reason: { code: 'badData' } },
    write: (value) => value,
  } satisfies Field<string | null>,
} as const;

type FieldKey = keyof typeof LINK_FIELDS;

function readField<K extends FieldKey>(key: K, values: Values, problems: LinkProblem[]): LinkState[K] {
  const field = LINK_FIELDS[key] as unknown as Field<LinkState[K]>;
  const raw = single(values, field.url, problems);
  if (raw === null) return field.empty;
  const r = field.read(raw);
  if (r.ok) return r.value;
  problems.push({ param: field.url, value: shown(raw), reason: r.reason });
  return field.empty;
}

const FIELD_KEYS = Object.keys(LINK_FIELDS) as FieldKey[];
/** Every parameter name the codec itself reads, besides the scenario settings. */
export const CODEC_PARAMS = new Set([
  'v',
  'preset',
  'cmp',
  `${COMPARE_PREFIX}preset`,
  ...FIELD_KEYS.map((k) => LINK_FIELDS[k].url),
]);

const EMPTY: LinkState = {
  scenario: { ...V2_DEFAULTS },
  view: null,
  lang: null,
  theme: null,
  presetId: null,
  compare: null,
  comparePresetId: null,
  embed: false,
  embedChart: null,
  dataVersion: null,
  product: null,
  unknown: [],
};

/** A refused link: the defaults, and why. */
function refused(problem: LinkProblem): ParsedLink {
  return { ...EMPTY, scenario: { ...V2_DEFAULTS }, problems: [problem] };
}

/**
 * Any string in, a complete valid state out; every ignored value is listed with its reason. Never throws.
 *
 * Settings are read against a base: links the app writes carry `v=` and spell out every setting that differs from
 * the frozen v1 defaults, so they never depend on a preset's definition. A hand-typed link has no `v=`: there
 * `preset=X&ca=40` means preset X with Canada at 40%, as a person would expect.
 */
export function parseLink(search: string): ParsedLink {
  const problems: LinkProblem[] = [];
  if (search.length > MAX_LINK_LENGTH)
    return refused({
      param: 'link',
      value: `${search.length} characters`,
      reason: { code: 'tooLong', max: MAX_LINK_LENGTH },
    });
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return refused({ param: 'link', value: shown(search), reason: { code: 'unreadable' } });
  }
  let values: Values = new Map();
  for (const [key, value] of params) values.set(key, [...(values.get(key) ?? []), value]);

  const versionRaw = single(values, 'v', problems);
  const handTyped = versionRaw === null;
  let version = URL_VERSION;
  if (versionRaw !== null) {
    if (/^\d{1,3}$/.test(versionRaw)) version = Number(versionRaw);
    else problems.push({ param: 'v', value: shown(versionRaw), reason: { code: 'badVersion' } });
  }
  if (version > URL_VERSION) {
    problems.push({
      param: 'v',
      value: String(version),
      reason: { code: 'newerVersion', version: URL_VERSION },
    });
    version = URL_VERSION;
  }
  const defaults = defaultsOf(version);
  for (let from = version; from < URL_VERSION; from++) {
    const migrate = MIGRATIONS[from];
    if (migrate) values = migrate(values);
  }

  const presetId = readPreset(values, 'preset', problems);
  const comparePresetId = readPreset(values, `${COMPARE_PREFIX}preset`, problems);
  const hasSettings = (prefix: string) => PARAMS.some((p) => values.has(prefix + p.url));
  // A link with only `preset=` (no settings) means that preset, whatever its version.
  const base = (id: PresetId | null, prefix: string) =>
    id && (handTyped || !hasSettings(prefix)) ? presets[id].scenario : defaults;
  const scenario = readScenario(values, '', base(presetId, ''), problems);

  // B exists when cmp says so, or when the link names B's preset or one of B's settings (b.b.ca names neither).
  const cmpRaw = single(values, 'cmp', problems);
  const cmp = cmpRaw === null ? null : (BOOLEAN.get(cmpRaw) ?? null);
  if (cmpRaw !== null && cmp === null)
    problems.push({ param: 'cmp', value: shown(cmpRaw), reason: { code: 'notZeroOne' } });
  const namesB = values.has(`${COMPARE_PREFIX}preset`) || hasSettings(COMPARE_PREFIX);
  const hasCompare = cmp ?? namesB;
  const compare = hasCompare
    ? readScenario(values, COMPARE_PREFIX, base(comparePresetId, COMPARE_PREFIX), problems)
    : null;

  const fields = Object.fromEntries(FIELD_KEYS.map((k) => [k, readField(k, values, problems)])) as Pick<
    LinkState,
    FieldKey
  >;

  const known = new Set(PARAMS.flatMap((p) => [p.url, COMPARE_PREFIX + p.url]));
  const unknown: [string, string][] = [];
  for (const [key, list] of values)
    if (!known.has(key) && !CODEC_PARAMS.has(key) && !LESSON_PARAMS.has(key))
      for (const value of list) unknown.push([key, value]);

  return {
    scenario,
    presetId,
    compare,
    comparePresetId: compare ? comparePresetId : null,
    ...fields,
    unknown,
    problems,
  };
}

function formatValue(p: Param, value: Scenario[keyof Scenario]): string {
  if (p.kind === 'number') return String(Number(toDisplay(p, value as number).toFixed(6)));
  if (p.kind === 'boolean') return value ? 'on' : 'off';
  return String(value);
}

/** The settings of a scenario that differ from the current version's defaults, as [name, value] pairs in table order. */
export function scenarioPairs(
  s: Scenario,
  prefix = '',
  defaults: Readonly<Scenario> = V2_DEFAULTS,
): [string, string][] {
  const out: [string, string][] = [];
  for (const p of PARAMS) {
    const value = s[p.key];
    if (value !== defaults[p.key]) out.push([prefix + p.url, formatValue(p, value)]);
  }
  return out;
}

function query(pairs: readonly (readonly [string, string])[]): string {
  return `?${new URLSearchParams(pairs as [string, string][]).toString()}`;
}

/** What `fitLink` had to leave out to keep a link readable. */
export interface LinkCut {
  /** Unknown parameters dropped (they came with the link; this app does not read them). */
  unknown: number;
  /** Trailing parameters of the extra part dropped (a lesson's last steps). */
  extra: number;
}

/**
 * The query string of a state (with a leading "?"): only what differs from the v1 defaults, in table order, then
 * `extra` (a lesson's parameters). It never exceeds MAX_LINK_LENGTH, so the app never writes a link it would then
 * refuse: when it would, unknown parameters go first, then the extra part's droppable parameters from the end.
 */
export function fitLink(
  state: Partial<LinkState> & { scenario: Scenario },
  extra: { keep: [string, string][]; droppable: [string, string][] } = { keep: [], droppable: [] },
): { search: string; cut: LinkCut } {
  const head: [string, string][] = [['v', String(URL_VERSION)]];
  if (state.presetId) head.push(['preset', state.presetId]);
  head.push(...scenarioPairs(state.scenario));
  if (state.compare) {
    head.push(['cmp', '1']);
    if (state.comparePresetId) head.push([`${COMPARE_PREFIX}preset`, state.comparePresetId]);
    head.push(...scenarioPairs(state.compare, COMPARE_PREFIX));
  }
  for (const k of FIELD_KEYS) {
    const field = LINK_FIELDS[k] as unknown as Field<unknown>;
    const value = field.write(state[k] ?? field.empty);
    if (value !== null) head.push([field.url, value]);
  }
  const unknown = [...(state.unknown ?? [])];
  const droppable = [...extra.droppable];
  const cut: LinkCut = { unknown: 0, extra: 0 };
  for (;;) {
    const search = query([...head, ...droppable, ...extra.keep, ...unknown]);
    if (search.length <= MAX_LINK_LENGTH) return { search, cut };
    if (unknown.length > 0) {
      unknown.pop();
      cut.unknown++;
    } else if (droppable.length > 1) {
      droppable.pop();
      cut.extra++;
    } else return { search: query(head), cut: { unknown: cut.unknown, extra: cut.extra + droppable.length } };
  }
}

/** The query string of a state: `fitLink` without the extra part. */
export function toSearch(state: Partial<LinkState> & { scenario: Scenario }): string {
  return fitLink(state).search;
}
