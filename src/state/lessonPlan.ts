// A teacher's lesson plan: which saved scenarios are steps, in what order, each step's title, notes and question,
// and the lesson's name. Pure: the saved panel keeps it in localStorage and turns it into a lesson to present.
import { MAX_NOTE, MAX_STEPS, MAX_TITLE, stepSearch, type Lesson } from './lesson';
import type { SavedScenario } from './savedStorage';

/** A step's own words; '' keeps the default (the saved scenario's name, its settings in words, no question). */
export interface StepEdit {
  title: string;
  notes: string;
  question: string;
}

export interface LessonPlan {
  /** The lesson's name ('' for the default, "Lesson"). */
  title: string;
  /** Saved scenario ids in lesson order; ids no longer saved are skipped, saved ones not listed come last. */
  order: string[];
  /** Saved scenarios left out of the lesson (unticked). */
  excluded: string[];
  edits: Record<string, StepEdit>;
}

export const EMPTY_PLAN: LessonPlan = { title: '', order: [], excluded: [], edits: {} };
export const NO_EDIT: StepEdit = { title: '', notes: '', question: '' };

const PLAN_VERSION = 1;
// Checked by hand, not with the zod schemas of saved scenarios: this module is on the first screen's path (the saved
// panel), and zod is not; the shape is four fields.
const isText = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;
const isIds = (x: unknown): x is string[] => Array.isArray(x) && x.length <= 1000 && x.every((id) => isText(id, 64));
const isEdit = (x: unknown): x is StepEdit =>
  typeof x === 'object' &&
  x !== null &&
  isText((x as StepEdit).title, MAX_TITLE) &&
  isText((x as StepEdit).notes, MAX_NOTE) &&
  isText((x as StepEdit).question, MAX_NOTE);

/** The stored plan, or the empty one with `unreadable` set when the stored text is not a plan; never throws. */
export function parsePlan(raw: string | null): { plan: LessonPlan; unreadable: boolean } {
  if (raw === null || raw === '') return { plan: EMPTY_PLAN, unreadable: false };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { plan: EMPTY_PLAN, unreadable: true };
  }
  const p = json as Partial<LessonPlan> & { version?: unknown };
  const edits = typeof p?.edits === 'object' && p.edits !== null && !Array.isArray(p.edits) ? p.edits : null;
  if (
    typeof json !== 'object' ||
    json === null ||
    p.version !== PLAN_VERSION ||
    !isText(p.title, MAX_TITLE) ||
    !isIds(p.order) ||
    !isIds(p.excluded) ||
    !edits ||
    !Object.values(edits).every(isEdit)
  )
    return { plan: EMPTY_PLAN, unreadable: true };
  return { plan: { title: p.title, order: p.order, excluded: p.excluded, edits }, unreadable: false };
}

export function serializePlan(plan: LessonPlan): string {
  return JSON.stringify({ version: PLAN_VERSION, ...plan });
}

/** Every saved scenario in lesson order: the plan's order first, then the ones it does not list, as saved. */
function ordered(plan: LessonPlan, saved: readonly SavedScenario[]): SavedScenario[] {
  const byId = new Map(saved.map((s) => [s.id, s]));
  const placed = plan.order.flatMap((id) => {
    const item = byId.get(id);
    if (!item) return [];
    byId.delete(id);
    return [item];
  });
  return [...placed, ...saved.filter((s) => byId.has(s.id))];
}

/** The saved scenarios that are steps (ticked), in lesson order. */
export function planItems(plan: LessonPlan, saved: readonly SavedScenario[]): SavedScenario[] {
  const out = new Set(plan.excluded);
  return ordered(plan, saved).filter((s) => !out.has(s.id));
}

/** The plan with one step moved `by` places among the steps (no change past either end). */
export function moveStep(plan: LessonPlan, saved: readonly SavedScenario[], id: string, by: -1 | 1): LessonPlan {
  const all = ordered(plan, saved).map((s) => s.id);
  const steps = planItems(plan, saved).map((s) => s.id);
  const i = steps.indexOf(id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= steps.length) return plan;
  // Swap with the neighbouring step, wherever unticked scenarios sit between them.
  const a = all.indexOf(id);
  const b = all.indexOf(steps[j]!);
  [all[a], all[b]] = [all[b]!, all[a]!];
  return { ...plan, order: all };
}

export function setIncluded(plan: LessonPlan, id: string, included: boolean): LessonPlan {
  const excluded = plan.excluded.filter((x) => x !== id);
  return { ...plan, excluded: included ? excluded : [...excluded, id] };
}

export function editStep(plan: LessonPlan, id: string, edit: Partial<StepEdit>): LessonPlan {
  return { ...plan, edits: { ...plan.edits, [id]: { ...NO_EDIT, ...plan.edits[id], ...edit } } };
}

/** The plan as a lesson to present (its first MAX_STEPS steps), with defaults where the teacher wrote nothing. */
export function planLesson(plan: LessonPlan, saved: readonly SavedScenario[], defaultTitle: string): Lesson {
  return {
    id: 'custom',
    title: plan.title.trim() || defaultTitle,
    steps: planItems(plan, saved)
      .slice(0, MAX_STEPS)
      .map((item) => {
        const edit = plan.edits[item.id] ?? NO_EDIT;
        return {
          title: edit.title.trim() || item.name,
          notes: edit.notes.trim(),
          question: edit.question.trim(),
          search: stepSearch(item.search),
        };
      }),
  };
}
