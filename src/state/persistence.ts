// One table of where each piece of app state is kept: which link parameters hold it, which storage key, and how it
// is read from a link and written back. The URL sync, Back/Forward and saved scenarios all go through it; nothing
// else lists state keys by hand (excalidraw's APP_STATE_STORAGE_CONF is the model).
import { words, type Locale, type Words } from '../i18n';
import { THEME_STORAGE_KEY } from '../lib/theme';
import { matchingPreset } from '../model/presets';
import { lessonParams, parseLesson, type ParsedLesson } from './lesson';
import { PARAMS } from './parameters';
import type { AppState } from './store';
import {
  COMPARE_PREFIX,
  fitLink,
  parseLink,
  type LinkCut,
  type LinkProblem,
  type LinkState,
  type ParsedLink,
} from './urlCodec';
import type { Notice } from './viewSlice';

/** Where saved scenarios live, and where unreadable ones are moved (state/savedStorage reads and writes them). */
export const SAVED_STORAGE_KEY = 'usmca-sim:saved';
export const SAVED_SET_ASIDE_PREFIX = 'usmca-sim:set-aside:';
/** The teacher's lesson plan (features/saved): the order, words and name of the lesson built from saved scenarios. */
export const LESSON_PLAN_STORAGE_KEY = 'usmca-sim:lesson';

/** A link as read: its own settings, its lesson, and the scenario it shows (the current step's, when presenting). */
export interface ReadLink {
  link: ParsedLink;
  lesson: ParsedLesson;
  shown: ParsedLink;
  fallbackLang: Locale;
}

interface Row<K extends keyof AppState> {
  /** The link parameters that hold it; empty when it never enters a link. */
  url: readonly string[];
  /** The localStorage key that holds it, or null. */
  storage: string | null;
  /** Its value for a link just opened or returned to with Back/Forward; null: not set from links. */
  read: ((r: ReadLink) => AppState[K]) | null;
  /** Its part of the link the app writes. */
  write?: (s: AppState) => Partial<LinkState>;
}

type Table = { [K in keyof AppState]?: Row<K> };

export const STATE_STORAGE = {
  scenario: {
    url: PARAMS.map((p) => p.url),
    storage: null,
    read: (r) => r.shown.scenario,
    write: (s) => ({ scenario: s.scenario }),
  },
  presetId: {
    url: ['preset'],
    storage: null,
    read: (r) => r.shown.presetId ?? matchingPreset(r.shown.scenario),
    write: (s) => ({ presetId: s.presetId }),
  },
  compare: {
    url: ['cmp', ...PARAMS.map((p) => COMPARE_PREFIX + p.url)],
    storage: null,
    read: (r) => r.link.compare,
    write: (s) => ({ compare: s.compare }),
  },
  comparePresetId: {
    url: [`${COMPARE_PREFIX}preset`],
    storage: null,
    read: (r) => r.link.comparePresetId,
    write: (s) => ({ comparePresetId: s.comparePresetId }),
  },
  // The name of a saved scenario shown as B: not in links (a link names B by its preset), so a link clears it.
  compareLabel: { url: [], storage: null, read: () => null },
  view: { url: ['view'], storage: null, read: (r) => r.link.view, write: (s) => ({ view: s.view }) },
  // Written once chosen (by the person or the link); otherwise the reader's browser decides.
  lang: {
    url: ['lang'],
    storage: null,
    read: (r) => r.link.lang ?? r.fallbackLang,
    write: (s) => ({ lang: s.langChosen ? s.lang : null }),
  },
  langChosen: { url: ['lang'], storage: null, read: (r) => r.link.lang !== null },
  // The link's theme holds for that page; the person's own choice is stored under THEME_STORAGE_KEY (lib/theme).
  theme: { url: ['theme'], storage: THEME_STORAGE_KEY, read: (r) => r.link.theme, write: (s) => ({ theme: s.theme }) },
  product: {
    url: ['product'],
    storage: null,
    read: (r) => r.link.product,
    write: (s) => ({ product: s.product }),
  },
  embed: { url: ['embed'], storage: null, read: (r) => r.link.embed, write: (s) => ({ embed: s.embed }) },
  embedChart: {
    url: ['chart'],
    storage: null,
    read: (r) => r.link.embedChart,
    write: (s) => ({ embedChart: s.embedChart }),
  },
  // The data version is written from the dataset in use, not from state: this is the one the link named.
  linkDataVersion: { url: ['data'], storage: null, read: (r) => r.link.dataVersion },
  unknownParams: { url: [], storage: null, read: (r) => r.link.unknown, write: (s) => ({ unknown: s.unknownParams }) },
  presentation: {
    url: ['present', 'lesson', 'step', 'at'],
    storage: null,
    read: (r) => (r.lesson.lesson ? { lesson: r.lesson.lesson, at: r.lesson.at } : null),
  },
  saved: { url: [], storage: SAVED_STORAGE_KEY, read: null },
} satisfies Table;

type Key = keyof typeof STATE_STORAGE;
const KEYS = Object.keys(STATE_STORAGE) as Key[];
/** State that a link sets (on opening, and on Back/Forward). */
const READ_KEYS = KEYS.filter((k) => STATE_STORAGE[k].read !== null);
/** State the address bar follows: a change to any of these rewrites the link. */
export const LINK_KEYS: readonly Key[] = KEYS.filter((k) => STATE_STORAGE[k].url.length > 0);

export function readLink(search: string, fallbackLang: Locale): ReadLink {
  const link = parseLink(search);
  const lesson = parseLesson(search);
  // In a presentation the current step sets the scenario (the links the app writes carry both, and agree).
  const step = lesson.lesson?.steps[lesson.at];
  return { link, lesson, shown: step ? parseLink(step.search) : link, fallbackLang };
}

export const LINK_NOTICE_ID = 'link-problems';
export const LINK_CUT_NOTICE_ID = 'link-cut';

/** A refused value in words: "ca = "abc": not a number…; the default (35%) is used instead." */
export function problemWords(p: LinkProblem): Words {
  const reason = words(`link.reason.${p.reason.code}`, { ...p.reason });
  const base = { param: p.param, value: p.value, reason };
  return p.fallback === undefined
    ? words('link.problem', base)
    : words('link.problemDefault', { ...base, fallback: p.fallback });
}

export function problemsNotice(problems: readonly LinkProblem[]): Notice {
  return {
    id: LINK_NOTICE_ID,
    tone: 'warning',
    title: problems.length === 1 ? words('link.problems.one') : words('link.problems.many', { n: problems.length }),
    items: problems.map(problemWords),
  };
}

/** What the writer left out of a link to keep it readable, or null when nothing was. */
export function cutNotice(cut: LinkCut): Notice | null {
  if (cut.unknown === 0 && cut.extra === 0) return null;
  const items: Words[] = [];
  if (cut.extra > 0) items.push(words('link.cut.steps', { n: cut.extra }));
  if (cut.unknown > 0) items.push(words('link.cut.unknown', { n: cut.unknown }));
  return { id: LINK_CUT_NOTICE_ID, tone: 'warning', title: words('link.cut.title'), items };
}

/** The state a link sets, every key of the table that reads from links. */
export function linkedState(r: ReadLink): Partial<AppState> {
  const out: Record<string, unknown> = {};
  for (const k of READ_KEYS) out[k] = (STATE_STORAGE[k].read as (r: ReadLink) => unknown)(r);
  return out as Partial<AppState>;
}

/** The store's starting state for a link (its problems become a notice). */
export function stateFromLink(search: string, fallbackLang: Locale = 'en'): Partial<AppState> {
  const r = readLink(search, fallbackLang);
  const problems = [...r.link.problems, ...r.lesson.problems];
  return { ...linkedState(r), notices: problems.length ? [problemsNotice(problems)] : [] };
}

/** The link of a state (every table row's part, then the lesson), fitted under the readers' limit. */
export function writeLink(s: AppState, dataVersion: string | null): { search: string; cut: LinkCut } {
  const state: Partial<LinkState> & Pick<LinkState, 'scenario'> = { scenario: s.scenario, dataVersion };
  for (const k of KEYS) {
    const row: Row<Key> = STATE_STORAGE[k];
    if (row.write) Object.assign(state, row.write(s));
  }
  return fitLink(state, s.presentation ? lessonParams(s.presentation.lesson, s.presentation.at) : undefined);
}

export function searchOf(s: AppState, dataVersion: string | null): string {
  return writeLink(s, dataVersion).search;
}

/** True when a change touched state the link holds. */
export function linkStateChanged(s: AppState, prev: AppState): boolean {
  return LINK_KEYS.some((k) => s[k] !== prev[k]);
}
