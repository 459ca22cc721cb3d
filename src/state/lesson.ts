// Lessons for presentation mode: the built-in "2025 tariff path", or steps a teacher picked, carried in the link.
import { t, type MessageKey } from '../i18n';
import { presetDescription, presetLabel } from '../i18n/labels';
import { PRESET_IDS, presets } from '../model/presets';
import type { Scenario } from '../model/types';
import { displayValue, PARAMS } from './parameters';
import { parseLink, toSearch, type LinkProblem } from './urlCodec';

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

/** Separates a step's title from its query inside one `step=` value. */
const STEP_SEPARATOR = '|';
export const MAX_STEPS = 30;

/** The link parameters of a presentation: a built-in lesson by name, a custom one step by step. */
export function lessonParams(lesson: Lesson, at: number): [string, string][] {
  const out: [string, string][] = [['present', '1']];
  if (lesson.id === 'builtin') out.push(['lesson', 'builtin']);
  else
    for (const s of lesson.steps)
      out.push(['step', `${s.title.replaceAll(STEP_SEPARATOR, '/')}${STEP_SEPARATOR}${s.search.replace(/^\?/, '')}`]);
  out.push(['at', String(at + 1)]);
  return out;
}

export interface ParsedLesson {
  lesson: Lesson | null;
  at: number;
  problems: LinkProblem[];
}

/** Reads a presentation from a link; never throws, and every step it cannot use is reported. */
export function parseLesson(search: string): ParsedLesson {
  const params = new URLSearchParams(search.length > 20_000 ? '' : search);
  const problems: LinkProblem[] = [];
  if (params.get('present') !== '1') return { lesson: null, at: 0, problems };
  let lesson: Lesson = builtinLesson();
  const steps = params.getAll('step').slice(0, MAX_STEPS);
  if (params.get('lesson') !== 'builtin' && steps.length > 0) {
    const read: LessonStep[] = [];
    steps.forEach((raw, i) => {
      const cut = raw.indexOf(STEP_SEPARATOR);
      const title = (cut >= 0 ? raw.slice(0, cut) : '').trim().slice(0, 80) || t('lesson.stepN', { n: i + 1 });
      const query = `?${cut >= 0 ? raw.slice(cut + 1) : raw}`;
      const link = parseLink(query);
      link.problems.forEach((p) => problems.push({ ...p, param: `step ${i + 1}: ${p.param}` }));
      read.push({ title, notes: describeScenario(link.scenario), search: toSearch(link) });
    });
    lesson = { id: 'custom', title: t('lesson.custom.title'), steps: read };
  }
  const atRaw = params.get('at');
  const at = atRaw && /^\d{1,3}$/.test(atRaw) ? Math.min(Math.max(Number(atRaw) - 1, 0), lesson.steps.length - 1) : 0;
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
