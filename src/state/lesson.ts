// Lessons for presentation mode: the built-in tariff path of 2025–2026, or steps a teacher picked, carried in the link.
import { t, type MessageKey } from '../i18n';
import { presetDescription, presetLabel } from '../i18n/labels';
import { PRESET_IDS, presets } from '../model/presets';
import { MAX_LINK_LENGTH, parseLink, toSearch, type LinkProblem } from './urlCodec';

export interface LessonStep {
  title: string;
  /** The teacher's notes: in the presenter view only, never on the projected screen ('' for the step's settings in
   * words, `stepNotes`). */
  notes: string;
  /** A question for the class, shown on the projected screen under the step's numbers ('' for none). */
  question: string;
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
      question: t(`lesson.question.${id}` as MessageKey),
      search: toSearch({ scenario: presets[id].scenario, presetId: id }),
    })),
  };
}

export const MAX_STEPS = 30;
/** The longest lesson or step title, and the longest note or question, a link carries. */
export const MAX_TITLE = 80;
export const MAX_NOTE = 600;

/*
 * A step travels as one `step=` value: its title, then its settings, joined by "*" ("Steel at 25%*v-1*steel-25").
 * Name and value are joined by "-" (names never hold one; a value may, as preset ids do: "preset-nov-2025").
 * "*", "-", "." and "_" are the characters URLSearchParams leaves as they are, so a step costs about 11 characters
 * a setting instead of the 17 of a nested query ("steel%3D25%26"): 30 steps with a dozen settings each fit in a
 * link (about 5,000 characters). Older links wrote "Title|v=1&steel=25"; they are still read.
 * A teacher's own notes and question ride along as two more pairs, `_note` and `_ask` (no setting starts with "_").
 */
const STEP_JOIN = '*';
const PAIR_JOIN = '-';
// "=" too: a raw one marks the older form, so a title such as "Canada = 35%" must not carry one.
const escapePart = (text: string) => text.replace(/[%*|=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
function unescapePart(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const NOTE_KEY = '_note';
const ASK_KEY = '_ask';

/** One step as its `step=` value. */
export function stepValue(step: Pick<LessonStep, 'title' | 'search'> & Partial<LessonStep>): string {
  const pairs = [...new URLSearchParams(step.search)].map(([k, v]) => `${escapePart(k)}${PAIR_JOIN}${escapePart(v)}`);
  const notes = step.notes?.trim() ?? '';
  if (notes) pairs.push(`${NOTE_KEY}${PAIR_JOIN}${escapePart(notes.slice(0, MAX_NOTE))}`);
  const question = step.question?.trim() ?? '';
  if (question) pairs.push(`${ASK_KEY}${PAIR_JOIN}${escapePart(question.slice(0, MAX_NOTE))}`);
  return [escapePart(step.title), ...pairs].join(STEP_JOIN);
}

/**
 * A `step=` value back to its title (possibly empty), query, notes and question ('' when absent); reads the older
 * "Title|query" form too.
 */
export function readStepValue(raw: string): { title: string; query: string; notes: string; question: string } {
  if (raw.includes('=')) {
    const cut = raw.indexOf('|');
    return {
      title: cut >= 0 ? raw.slice(0, cut) : '',
      query: `?${cut >= 0 ? raw.slice(cut + 1) : raw}`,
      notes: '',
      question: '',
    };
  }
  const [title = '', ...pairs] = raw.split(STEP_JOIN);
  const params = new URLSearchParams();
  let notes = '';
  let question = '';
  for (const pair of pairs) {
    const cut = pair.indexOf(PAIR_JOIN);
    if (cut <= 0) continue;
    const key = unescapePart(pair.slice(0, cut));
    const value = unescapePart(pair.slice(cut + 1));
    if (key === NOTE_KEY) notes = value.trim().slice(0, MAX_NOTE);
    else if (key === ASK_KEY) question = value.trim().slice(0, MAX_NOTE);
    else params.append(key, value);
  }
  return { title: unescapePart(title), query: `?${params.toString()}`, notes, question };
}

/**
 * The link parameters of a presentation: `keep` (present, lesson, at) always fit; a custom lesson's steps are
 * `droppable`, so a link too long for readers loses its last steps, never the presentation itself (`fitLink`).
 */
export function lessonParams(lesson: Lesson, at: number): { keep: [string, string][]; droppable: [string, string][] } {
  const keep: [string, string][] = [['present', '1']];
  // The built-in lesson by its id; a teacher's lesson by its title (when it has one of its own).
  if (lesson.id === 'builtin') keep.push(['lesson', 'builtin']);
  else if (lesson.title.trim() && lesson.title !== t('lesson.custom.title') && lesson.title.trim() !== 'builtin')
    keep.push(['lesson', lesson.title.trim().slice(0, MAX_TITLE)]);
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
  const allSteps = params.getAll('step');
  // Without steps of its own, a lesson can only be the built-in one.
  if (lessonName !== null && lessonName !== 'builtin' && allSteps.length === 0)
    problem('lesson', lessonName, { code: 'notOneOf', options: 'builtin' });
  if (allSteps.length > MAX_STEPS) problem('step', String(allSteps.length), { code: 'tooManySteps', max: MAX_STEPS });
  const steps = allSteps.slice(0, MAX_STEPS);
  if (lessonName !== 'builtin' && steps.length > 0) {
    const read: LessonStep[] = steps.map((raw, i) => {
      const step = readStepValue(raw);
      const title = step.title.trim().slice(0, MAX_TITLE) || t('lesson.stepN', { n: i + 1 });
      const link = parseLink(step.query);
      link.problems.forEach((p) => problems.push({ ...p, param: `step ${i + 1}: ${p.param}` }));
      return {
        title,
        notes: step.notes,
        question: step.question,
        search: toSearch({ scenario: link.scenario, presetId: link.presetId }),
      };
    });
    const title = (lessonName ?? '').trim().slice(0, MAX_TITLE);
    lesson = { id: 'custom', title: title || t('lesson.custom.title'), steps: read };
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
