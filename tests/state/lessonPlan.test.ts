// The teacher's lesson plan: order, ticks and words of the steps, kept in storage and made into a lesson.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeScenario, stepNotes } from '../../src/state/stepWords';
import {
  EMPTY_PLAN,
  editStep,
  moveStep,
  parsePlan,
  planItems,
  planLesson,
  serializePlan,
  setIncluded,
  type LessonPlan,
} from '../../src/state/lessonPlan';
import type { SavedScenario } from '../../src/state/savedStorage';
import { parseLink } from '../../src/state/urlCodec';

const item = (id: string, ca = 10): SavedScenario => ({
  id,
  name: `Name ${id}`,
  savedAt: null,
  search: `?v=1&ca=${ca}`,
});
const saved = ['a', 'b', 'c', 'd'].map((id, i) => item(id, 10 * (i + 1)));
const ids = (plan: LessonPlan) => planItems(plan, saved).map((s) => s.id);

describe('lesson plan', () => {
  it('steps are the ticked saved scenarios, in saved order until moved', () => {
    expect(ids(EMPTY_PLAN)).toEqual(['a', 'b', 'c', 'd']);
    const plan = setIncluded(EMPTY_PLAN, 'b', false);
    expect(ids(plan)).toEqual(['a', 'c', 'd']);
    // Ticked again, it is back in its saved place (the plan lists no order yet).
    expect(ids(setIncluded(plan, 'b', true))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('moving a step swaps it with the next step, skipping unticked ones; no move past either end', () => {
    const plan = setIncluded(EMPTY_PLAN, 'b', false);
    // a c d → c a d: "a" moves past the unticked "b" to change places with "c".
    expect(ids(moveStep(plan, saved, 'a', 1))).toEqual(['c', 'a', 'd']);
    expect(moveStep(plan, saved, 'a', -1)).toBe(plan);
    expect(moveStep(plan, saved, 'd', 1)).toBe(plan);
    expect(moveStep(plan, saved, 'b', 1)).toBe(plan); // not a step
  });

  it('any moves keep the same steps; a move undone restores the order', () => {
    const move = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), by: fc.constantFrom(-1 as const, 1 as const) });
    fc.assert(
      fc.property(fc.array(move, { maxLength: 12 }), fc.subarray(['a', 'b', 'c', 'd']), (moves, out) => {
        let plan = out.reduce((p, id) => setIncluded(p, id, false), EMPTY_PLAN);
        const before = [...ids(plan)].sort();
        for (const m of moves) {
          const was = ids(plan);
          const next = moveStep(plan, saved, m.id, m.by);
          const i = was.indexOf(m.id);
          const moved = i + m.by >= 0 && i + m.by < was.length && i >= 0;
          // A step that can move lands one place over, and moving it back restores the order; any other is a no-op.
          expect(next === plan).toBe(!moved);
          expect(ids(next)[moved ? i + m.by : Math.max(i, 0)]).toBe(moved ? m.id : was[Math.max(i, 0)]);
          expect(ids(moveStep(next, saved, m.id, m.by === 1 ? -1 : 1))).toEqual(
            moved ? was : ids(moveStep(plan, saved, m.id, m.by === 1 ? -1 : 1)),
          );
          plan = next;
        }
        expect([...ids(plan)].sort()).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('a deleted saved scenario leaves the lesson; a new one joins at the end', () => {
    const plan = moveStep(EMPTY_PLAN, saved, 'd', -1); // a b d c
    expect(planItems(plan, [...saved.filter((s) => s.id !== 'b'), item('e')]).map((s) => s.id)).toEqual([
      'a',
      'd',
      'c',
      'e',
    ]);
  });

  it('makes a lesson with the teacher’s words, and defaults where there are none', () => {
    const plan = editStep({ ...EMPTY_PLAN, title: ' Week 3 ' }, 'c', { title: 'Canada at 30', question: 'Why?' });
    const lesson = planLesson(setIncluded(plan, 'a', false), saved, 'Lesson');
    expect(lesson.title).toBe('Week 3');
    expect(lesson.steps.map((s) => [s.title, s.question])).toEqual([
      ['Name b', ''],
      ['Canada at 30', 'Why?'],
      ['Name d', ''],
    ]);
    expect(lesson.steps[0]!.notes).toBe('');
    expect(stepNotes(lesson.steps[0]!)).toBe(describeScenario(parseLink('?v=1&ca=20').scenario));
    expect(planLesson(EMPTY_PLAN, saved, 'Lesson').title).toBe('Lesson');
  });

  it('round-trips through storage; anything else reads as the empty plan, marked unreadable, and never throws', () => {
    const plan = editStep(setIncluded({ ...EMPTY_PLAN, title: 'T' }, 'a', false), 'b', { notes: 'N' });
    expect(parsePlan(serializePlan(plan))).toEqual({ plan, unreadable: false });
    expect(parsePlan(null)).toEqual({ plan: EMPTY_PLAN, unreadable: false });
    for (const bad of ['{', '[]', '{"version":2}', JSON.stringify({ ...plan, version: 1, title: 5 })])
      expect(parsePlan(bad)).toEqual({ plan: EMPTY_PLAN, unreadable: true });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const read = parsePlan(raw);
        expect(Array.isArray(read.plan.order)).toBe(true);
      }),
    );
  });
});
