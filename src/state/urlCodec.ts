// The URL is the scenario: a pure codec between a query string and a complete, valid scenario (plus view options).
import { isLocale, type Locale } from '../i18n';
import { isPresetId, presets, type PresetId } from '../model/presets';
import type { Scenario } from '../model/types';
import { PARAMS, fromDisplay, toDisplay, type Param } from './parameters';

export const URL_VERSION = 1;
/** Longer queries are refused whole: no real scenario needs a tenth of this. */
export const MAX_QUERY_LENGTH = 4000;
/** Prefix of the comparison scenario's parameters (b.ca=25). */
export const COMPARE_PREFIX = 'b.';

/**
 * What a v1 link means for every parameter it leaves out. Frozen on purpose: if the app's defaults change,
 * old links must still open what their senders saw (a test ties these to today's default scenario).
 */
export const V1_DEFAULTS: Readonly<Scenario> = Object.freeze({
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
  | { code: 'badLang' };

/** A parameter the link got wrong: shown to the person, never thrown. */
export interface LinkProblem {
  param: string;
  value: string;
  reason: ProblemReason;
}

/** The screens besides the simulator, by their `view=` name. */
export const VIEWS = ['methodology', 'reality'] as const;
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
  /** Data version the link was made with, if it says. */
  dataVersion: string | null;
  /** Parameters this app does not know, kept as they came so that nothing of the sender's is lost. */
  unknown: [string, string][];
}

export interface ParsedLink extends LinkState {
  problems: LinkProblem[];
}

const RESERVED = new Set([
  'v',
  'preset',
  'embed',
  'data',
  'cmp',
  'b.preset',
  'lang',
  'present',
  'lesson',
  'step',
  'at',
  'view',
  'theme',
]);
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

function readScenario(values: Values, prefix: string, problems: LinkProblem[]): Scenario {
  const scenario = { ...V1_DEFAULTS } as Record<keyof Scenario, unknown>;
  for (const p of PARAMS) {
    const name = prefix + p.url;
    const list = values.get(name);
    if (!list) continue;
    if (list.length > 1) {
      problems.push({
        param: name,
        value: list.map(shown).join(', '),
        reason: { code: 'repeated', count: list.length },
      });
      continue;
    }
    const raw = list[0] ?? '';
    const r = parseValue(p, raw);
    if (r.ok) scenario[p.key] = r.value;
    else problems.push({ param: name, value: shown(raw), reason: r.reason });
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

const EMPTY: LinkState = {
  scenario: { ...V1_DEFAULTS },
  view: null,
  lang: null,
  presetId: null,
  compare: null,
  comparePresetId: null,
  embed: false,
  dataVersion: null,
  unknown: [],
};

/** Any string in, a complete valid state out; every ignored value is listed with its reason. Never throws. */
export function parseLink(search: string): ParsedLink {
  const problems: LinkProblem[] = [];
  if (search.length > MAX_QUERY_LENGTH)
    return {
      ...EMPTY,
      scenario: { ...V1_DEFAULTS },
      problems: [
        {
          param: 'link',
          value: `${search.length} characters`,
          reason: { code: 'tooLong', max: MAX_QUERY_LENGTH },
        },
      ],
    };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...EMPTY, problems: [{ param: 'link', value: shown(search), reason: { code: 'unreadable' } }] };
  }
  let values: Values = new Map();
  for (const [key, value] of params) values.set(key, [...(values.get(key) ?? []), value]);

  const versionRaw = single(values, 'v', problems);
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
  for (let from = version; from < URL_VERSION; from++) {
    const migrate = MIGRATIONS[from];
    if (migrate) values = migrate(values);
  }

  const presetId = readPreset(values, 'preset', problems);
  const comparePresetId = readPreset(values, `${COMPARE_PREFIX}preset`, problems);
  // A hand-typed link with only `preset=` (no settings) means that preset; links the app writes always spell
  // out every setting that differs from the v1 defaults, so they never depend on a preset's definition.
  const hasSettings = (prefix: string) => PARAMS.some((p) => values.has(prefix + p.url));
  const scenario =
    presetId && !hasSettings('') ? { ...presets[presetId].scenario } : readScenario(values, '', problems);
  const hasCompare = values.has('cmp') || [...values.keys()].some((k) => k.startsWith(COMPARE_PREFIX));
  const compare = !hasCompare
    ? null
    : comparePresetId && !hasSettings(COMPARE_PREFIX)
      ? { ...presets[comparePresetId].scenario }
      : readScenario(values, COMPARE_PREFIX, problems);
  const embedRaw = single(values, 'embed', problems);
  if (embedRaw !== null && !BOOLEAN.has(embedRaw))
    problems.push({ param: 'embed', value: shown(embedRaw), reason: { code: 'notZeroOne' } });
  const dataRaw = single(values, 'data', problems);
  const dataVersion = dataRaw !== null && /^[0-9a-f]{6,40}$/.test(dataRaw) ? dataRaw : null;
  if (dataRaw !== null && dataVersion === null)
    problems.push({ param: 'data', value: shown(dataRaw), reason: { code: 'badData' } });

  const viewRaw = single(values, 'view', problems);
  const view = (VIEWS as readonly string[]).find((v) => v === viewRaw) as View | undefined;
  if (viewRaw !== null && !view)
    problems.push({ param: 'view', value: shown(viewRaw), reason: { code: 'notOneOf', options: VIEWS.join(', ') } });

  const langRaw = single(values, 'lang', problems);
  const lang = isLocale(langRaw) ? langRaw : null;
  if (langRaw !== null && !lang) problems.push({ param: 'lang', value: shown(langRaw), reason: { code: 'badLang' } });

  const known = new Set(PARAMS.flatMap((p) => [p.url, COMPARE_PREFIX + p.url]));
  const unknown: [string, string][] = [];
  for (const [key, list] of values)
    if (!known.has(key) && !RESERVED.has(key)) for (const value of list) unknown.push([key, value]);

  return {
    scenario,
    view: view ?? null,
    lang,
    presetId,
    compare,
    comparePresetId: compare ? comparePresetId : null,
    embed: embedRaw !== null && BOOLEAN.get(embedRaw) === true,
    dataVersion,
    unknown,
    problems,
  };
}

function formatValue(p: Param, value: Scenario[keyof Scenario]): string {
  if (p.kind === 'number') return String(Number(toDisplay(p, value as number).toFixed(6)));
  if (p.kind === 'boolean') return value ? 'on' : 'off';
  return String(value);
}

function writeScenario(out: URLSearchParams, s: Scenario, prefix: string) {
  for (const p of PARAMS) {
    const value = s[p.key];
    if (value !== V1_DEFAULTS[p.key]) out.append(prefix + p.url, formatValue(p, value));
  }
}

/** The query string of a state (with a leading "?"): only what differs from the v1 defaults, in table order. */
export function toSearch(state: Partial<LinkState> & { scenario: Scenario }): string {
  const out = new URLSearchParams();
  out.append('v', String(URL_VERSION));
  if (state.presetId) out.append('preset', state.presetId);
  writeScenario(out, state.scenario, '');
  if (state.compare) {
    out.append('cmp', '1');
    if (state.comparePresetId) out.append(`${COMPARE_PREFIX}preset`, state.comparePresetId);
    writeScenario(out, state.compare, COMPARE_PREFIX);
  }
  if (state.view) out.append('view', state.view);
  if (state.lang) out.append('lang', state.lang);
  if (state.embed) out.append('embed', '1');
  if (state.dataVersion) out.append('data', state.dataVersion);
  for (const [k, v] of state.unknown ?? []) out.append(k, v);
  return `?${out.toString()}`;
}
