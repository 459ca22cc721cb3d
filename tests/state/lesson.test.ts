// Lessons: the built-in path follows the presets; a teacher's lesson round-trips through a link.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESET_IDS, presets } from '../../src/model/presets';
import type { Scenario } from '../../src/model/types';
import {
  builtinLesson,
  lessonParams,
  MAX_STEPS,
  parseLesson,
  readStepValue,
  stepValue,
  type Lesson,
} from '../../src/state/lesson';
import { describeScenario, scenarioChanges, stepNotes } from '../../src/state/stepWords';
import { fitLink, MAX_LINK_LENGTH, parseLink, toSearch } from '../../src/state/urlCodec';

const search = (p: ReturnType<typeof lessonParams>) =>
  `?${new URLSearchParams([...p.keep, ...p.droppable]).toString()}`;

/** A teacher's lesson of `n` steps, each changing a dozen settings from the defaults (all different per step). */
function bigLesson(n: number): { lesson: Lesson; scenarios: Scenario[] } {
  const scenarios = Array.from({ length: n }, (_, i): Scenario => {
    const base = presets['nov-2025'].scenario;
    return {
      ...base,
      caGeneral: (10 + i) / 100,
      caEnergy: (5 + (i % 7)) / 100,
      mxGeneral: (12 + i) / 100,
      mxPotash: (3 + (i % 5)) / 100,
      steel: (20 + i) / 100,
      aluminum: (21 + i) / 100,
      copper: (22 + i) / 100,
      autos: (11 + i) / 100,
      autoParts: (13 + i) / 100,
      lumber: (14 + i) / 100,
      usmcaExemption: i % 2 === 0,
      period: i % 3 === 0 ? '2024' : '2025h1',
    };
  });
  const lesson: Lesson = {
    id: 'custom',
    title: 'Lesson',
    steps: scenarios.map((sc, i) => ({
      title: `Step ${i + 1}: what if?`,
      notes: '',
      question: '',
      search: toSearch({ scenario: sc, presetId: 'nov-2025' }),
    })),
  };
  return { lesson, scenarios };
}

describe('lessons', () => {
  it('the built-in lesson walks every preset in date order', () => {
    expect(builtinLesson().steps.map((s) => parseLink(s.search).presetId)).toEqual([...PRESET_IDS]);
    for (const [i, id] of PRESET_IDS.entries())
      expect(parseLink(builtinLesson().steps[i]!.search).scenario).toEqual(presets[id].scenario);
  });

  it('a custom lesson round-trips through its link parameters, at the right step', () => {
    const lesson = {
      id: 'custom',
      title: 'Lesson',
      steps: [
        { title: 'Low | high', notes: '', question: '', search: '?v=2&ca=10' },
        { title: 'High', notes: '', question: '', search: '?v=2&ca=60&usmca=off' },
      ],
    };
    const parsed = parseLesson(search(lessonParams(lesson, 1)));
    expect(parsed.at).toBe(1);
    // Titles travel as typed, separators and all.
    expect(parsed.lesson?.steps.map((s) => [s.title, s.search])).toEqual([
      ['Low | high', '?v=2&ca=10'],
      ['High', '?v=2&ca=60&usmca=off'],
    ]);
  });

  it('reads a bad step as defaults and says so; an out-of-range step is clamped and reported', () => {
    // The older "Title|query" form of a step is still read.
    const parsed = parseLesson('?present=1&step=A|ca%3Dzz&step=B|mx%3D30&at=99');
    expect(parsed.problems).toEqual([
      expect.objectContaining({ param: 'step 1: ca', reason: expect.objectContaining({ code: 'notNumber' }) }),
      expect.objectContaining({ param: 'at', value: '99', reason: { code: 'noStep', max: 2 } }),
    ]);
    expect(parsed.at).toBe(1);
    expect(parseLesson('?v=1&ca=20').lesson).toBeNull();
  });

  it('a step value is compact and round-trips any title, separators included', () => {
    const step = { title: 'A*b | c % d-e', search: '?v=1&preset=nov-2025&ca=40&usmca=off' };
    const value = stepValue(step);
    // name-value pairs joined by "*": the characters URLSearchParams leaves alone, so nothing is percent-encoded.
    expect(value).toBe('A%2Ab %7C c %25 d-e*v-1*preset-nov-2025*ca-40*usmca-off');
    expect(new URLSearchParams({ step: value }).toString()).toBe(
      'step=A%252Ab+%257C+c+%2525+d-e*v-1*preset-nov-2025*ca-40*usmca-off',
    );
    expect(readStepValue(value)).toEqual({ title: step.title, query: step.search, notes: '', question: '' });
  });

  it('a teacher lesson keeps its name and each step its notes and question, whatever they hold', () => {
    const text = fc.string({ maxLength: 60 }).map((x) => x.trim());
    fc.assert(
      fc.property(text, text, text, text, (name, title, notes, question) => {
        const lesson: Lesson = {
          id: 'custom',
          title: name || 'Lesson',
          steps: [{ title: title || 'Step', notes, question, search: '?v=1&ca=40' }],
        };
        const parsed = parseLesson(search(lessonParams(lesson, 0)));
        const step = parsed.lesson!.steps[0]!;
        expect(parsed.lesson!.title).toBe(name && name !== 'builtin' ? name : 'Lesson');
        expect(step.title).toBe(title || 'Step');
        // Without notes of its own, a step's notes are its settings in words.
        expect(step.notes).toBe(notes);
        expect(stepNotes(step)).toBe(notes || describeScenario(parseLink('?v=1&ca=40').scenario));
        expect(step.question).toBe(question);
        expect(parseLink(step.search).scenario).toEqual(parseLink('?v=1&ca=40').scenario);
      }),
      { numRuns: 200 },
    );
  });

  it('a step without notes or question carries neither; with them, two more pairs', () => {
    const query = '?v=1&ca=40';
    expect(stepValue({ title: 'A', notes: ' ', question: '', search: query })).toBe('A*v-1*ca-40');
    expect(stepValue({ title: 'A', notes: 'Mine', question: 'Why?', search: query })).toBe(
      'A*v-1*ca-40*_note-Mine*_ask-Why?',
    );
  });

  it('the built-in lesson has a question for every step', () => {
    for (const step of builtinLesson().steps) expect(step.question).toMatch(/\?$/);
  });

  it('30 steps with a dozen settings each fit in one link and open exactly, step by step', () => {
    const { lesson, scenarios } = bigLesson(MAX_STEPS);
    const { search: link, cut } = fitLink({ scenario: scenarios[4]!, presetId: 'nov-2025' }, lessonParams(lesson, 4));
    expect(cut).toEqual({ unknown: 0, extra: 0 });
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    const parsed = parseLesson(link);
    expect(parsed.problems).toEqual([]);
    expect(parsed.at).toBe(4);
    expect(parsed.lesson?.steps.map((s) => parseLink(s.search).scenario)).toEqual(scenarios);
    expect(parsed.lesson?.steps.map((s) => s.title)).toEqual(lesson.steps.map((s) => s.title));
    expect(parseLink(link).problems).toEqual([]);
  });

  it('a lesson too long for a link loses its last steps, says how many, and still opens', () => {
    const { lesson } = bigLesson(MAX_STEPS);
    const long = { ...lesson, steps: lesson.steps.map((s) => ({ ...s, title: s.title.padEnd(200, '!') })) };
    const { search: link, cut } = fitLink({ scenario: presets['nov-2025'].scenario }, lessonParams(long, 0));
    expect(cut.extra).toBeGreaterThan(0);
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(parseLesson(link).lesson?.steps).toHaveLength(MAX_STEPS - cut.extra);
  });

  it('says so when a link has more steps than a lesson holds, or a bad present or lesson value', () => {
    const { lesson } = bigLesson(MAX_STEPS + 2);
    const parsed = parseLesson(search(lessonParams(lesson, 0)));
    expect(parsed.lesson?.steps).toHaveLength(MAX_STEPS);
    expect(parsed.problems).toEqual([{ param: 'step', value: '32', reason: { code: 'tooManySteps', max: 30 } }]);
    expect(parseLesson('?present=yes').problems).toEqual([
      { param: 'present', value: 'yes', reason: { code: 'notPresent' } },
    ]);
    expect(parseLesson('?present=yes').lesson).toBeNull();
    expect(parseLesson('?present=0').lesson).toBeNull();
    expect(parseLesson('?present=0').problems).toEqual([]);
    expect(parseLesson('?present=1&lesson=mine').problems).toEqual([
      { param: 'lesson', value: 'mine', reason: { code: 'notOneOf', options: 'builtin' } },
    ]);
    expect(parseLesson('?present=1&lesson=builtin&at=x').problems).toEqual([
      { param: 'at', value: 'x', reason: { code: 'noStep', max: PRESET_IDS.length } },
    ]);
  });

  it('lists what changed between two steps', () => {
    const changes = scenarioChanges(presets['mar-2025-usmca-exempt'].scenario, presets['mar-2025-steel-25'].scenario);
    expect(changes).toEqual([
      { label: 'Steel', from: '0%', to: '25%' },
      { label: 'Aluminum', from: '0%', to: '25%' },
    ]);
  });
});
