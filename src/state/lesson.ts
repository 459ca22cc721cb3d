// Lessons for presentation mode: the built-in tariff path of 2025–2026, or steps a teacher picked, carried in the link.
import { t, type MessageKey } from '../i18n';
import { presetDescription, presetLabel } from '../i18n/labels';
import { PRESET_IDS, presets } from '../model/presets';
import type { Scenario } from '../model/types';
import { displayValue, PARAMS } from './parameters';
import { MAX_LINK_LENGTH, parseLink, toSearch, type LinkProblem } from './urlCodec';

export interface LessonStep {
  title: string;
  /** Speaker notes (shown on demand). */
  notes: string;
  /** The step's scenario as a link query ("?v=1&..."). */
  search: string;
}

export interface Lesson {
  /** 'builtin' or 'custom'. */
  id: string;
  title: string;
  steps: LessonStep[];
}

/** The built-in lesson over the dated presets; titles and teacher notes in the active language. */
export function builtinLesson(): Lesson {
  return {
    id: 'builtin',
    title: t('lesson.builtin.title'),
    steps: PRESET_IDS.map((id) => ({
      title: presetLabel(id),
      notes: `${presetDescription(id)} ${t(`lesson.note.${id}` as MessageKey)}`,
      search: toSearch({ scenario: presets[id].scenario, presetId: id }),
    })),
  };
}

export const MAX_STEPS = 30;

/*
 * A step travels as one `step=` value: its title, then its settings, joined by "*" ("Steel at 25%*v-1*steel-25").
 * Name and value are joined by "-" (names never hold one; a value may, as preset ids do: "preset-nov-2025").
 * "*", "-", "." and "_" are the characters URLSearchParams leaves as they are, so a step costs about 11 characters
 * a setting instead of the 17 of a nested query ("steel%3D25%26"): 30 steps with a dozen settings each fit in a
 * link (about 5,000 characters). Older links wrote "Title|v=1&steel=25"; they are still read.
 */
const STEP_JOIN = '*';
const PAIR_JOIN = '-';
const escapePart = (text: string) => text.replace(/[%*|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
function unescapePart(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** One step as its `step=` value. */
export function stepValue(step: Pick<LessonStep, 'title' | 'search'>): string {
  const pairs = [...new URLSearchParams(step.search)].map(([k, v]) => `${escapePart(k)}${PAIR_JOIN}${escapePart(v)}`);
  return [escapePart(step.title), ...pairs].join(STEP_JOIN);
}

/** A `step=` value back to its title (possibly empty) and query; reads the older "Title|query" form too. */
export function readStepValue(raw: string): { title: string; query: string } {
  if (raw.includes('=')) {
    const cut = raw.indexOf('|');
    return { title: cut >= 0 ? raw.slice(0, cut) : '', query: `?${cut >= 0 ? raw.slice(cut + 1) : raw}` };
  }
  const [title = '', ...pairs] = raw.split(STEP_JOIN);
  const params = new URLSearchParams();
  for (const pair of pairs) {
    const cut = pair.indexOf(PAIR_JOIN);
    if (cut > 0) params.append(unescapePart(pair.slice(0, cut)), unescapePart(pair.slice(cut + 1)));
  }
  return { title: unescapePart(title), query: `?${params.toString()}` };
}

/**
 * The link parameters of a presentation: `keep` (present, lesson, at) always fit; a custom lesson's steps are
 * `droppable`, so a link too long for readers loses its last steps, never the presentation itself (`fitLink`).
 */
export function lessonParams(lesson: Lesson, at: number): { keep: [string, string][]; droppable: [string, string][] } {
  const keep: [string, string][] = [['present', '1']];
  if (lesson.id === 'builtin') keep.push(['lesson', 'builtin']);
  keep.push(['at', String(at + 1)]);
  const droppable: [string, string][] =
    lesson.id === 'builtin' ? [] : lesson.steps.map((s): [string, string] => ['step', stepValue(s)]);
  return { keep, droppable };
}

export interface ParsedLesson {
  lesson: Lesson | null;
  at: number;
  problems: LinkProblem[];
}

/** A step's own scenario link: its settings and preset only (what a step shows), as the app writes it. */
export function stepSearch(search: string): string {
  const link = parseLink(search);
  return toSearch({ scenario: link.scenario, presetId: link.presetId });
}

/** Reads a presentation from a link; never throws, and every value it cannot use is reported. */
export function parseLesson(search: string): ParsedLesson {
  const params = new URLSearchParams(search.length > MAX_LINK_LENGTH ? '' : search);
  const problems: LinkProblem[] = [];
  const present = params.getAll('present');
  const problem = (param: string, value: string, reason: LinkProblem['reason']) =>
    problems.push({ param, value: value.slice(0, 40), reason });
  if (present.length === 0) return { lesson: null, at: 0, problems };
  if (present.length > 1 || (present[0] !== '1' && present[0] !== '0')) {
    problem('present', present.join(', '), { code: 'notPresent' });
    return { lesson: null, at: 0, problems };
  }
  if (present[0] === '0') return { lesson: null, at: 0, problems };
  let lesson: Lesson = builtinLesson();
  const lessonName = params.get('lesson');
  if (lessonName !== null && lessonName !== 'builtin')
    problem('lesson', lessonName, { code: 'notOneOf', options: 'builtin' });
  const allSteps = params.getAll('step');
  if (allSteps.length > MAX_STEPS) problem('step', String(allSteps.length), { code: 'tooManySteps', max: MAX_STEPS });
  const steps = allSteps.slice(0, MAX_STEPS);
  if (lessonName !== 'builtin' && steps.length > 0) {
    const read: LessonStep[] = steps.map((raw, i) => {
      const step = readStepValue(raw);
      const title = step.title.trim().slice(0, 80) || t('lesson.stepN', { n: i + 1 });
      const link = parseLink(step.query);
      link.problems.forEach((p) => problems.push({ ...p, param: `step ${i + 1}: ${p.param}` }));
      return {
        title,
        notes: describeScenario(link.scenario),
        search: toSearch({ scenario: link.scenario, presetId: link.presetId }),
      };
    });
    lesson = { id: 'custom', title: t('lesson.custom.title'), steps: read };
  }
  const atRaw = params.get('at');
  let at = 0;
  if (atRaw !== null) {
    const n = /^\d{1,3}$/.test(atRaw) ? Number(atRaw) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= lesson.steps.length) at = n - 1;
    else {
      problem('at', atRaw, { code: 'noStep', max: lesson.steps.length });
      if (n > lesson.steps.length) at = lesson.steps.length - 1;
    }
  }
  return { lesson, at, problems };
}

export interface SettingChange {
  label: string;
  from: string;
  to: string;
}

/** What changed from one step to the next, in the order of the parameter table. */
export function scenarioChanges(from: Scenario, to: Scenario): SettingChange[] {
  return PARAMS.filter((p) => from[p.key] !== to[p.key]).map((p) => ({
    label: p.label,
    from: displayValue(p, from[p.key]),
    to: displayValue(p, to[p.key]),
  }));
}

/** Default notes for a teacher's own step: its main settings in words. */
export function describeScenario(s: Scenario): string {
  const key = PARAMS.filter((p) =>
    ['caGeneral', 'mxGeneral', 'usmcaExemption', 'steel', 'autos', 'period'].includes(p.key),
  );
  return key.map((p) => `${p.label}: ${displayValue(p, s[p.key])}`).join('; ');
}
