// Lessons: the built-in path follows the presets; a teacher's lesson round-trips through a link.
import { describe, expect, it } from 'vitest';
import { PRESET_IDS, presets } from '../../src/model/presets';
import { builtinLesson, lessonParams, parseLesson, scenarioChanges } from '../../src/state/lesson';
import { parseLink } from '../../src/state/urlCodec';

const search = (pairs: [string, string][]) => `?${new URLSearchParams(pairs).toString()}`;

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
        { title: 'Low | high', notes: '', search: '?v=1&ca=10' },
        { title: 'High', notes: '', search: '?v=1&ca=60&usmca=off' },
      ],
    };
    const parsed = parseLesson(search(lessonParams(lesson, 1)));
    expect(parsed.at).toBe(1);
    expect(parsed.lesson?.steps.map((s) => [s.title, s.search])).toEqual([
      ['Low / high', '?v=1&ca=10'],
      ['High', '?v=1&ca=60&usmca=off'],
    ]);
  });

  it('reads a bad step as defaults and says so; an out-of-range step is clamped', () => {
    const parsed = parseLesson('?present=1&step=A|ca%3Dzz&step=B|mx%3D30&at=99');
    expect(parsed.problems).toEqual([
      expect.objectContaining({ param: 'step 1: ca', reason: expect.objectContaining({ code: 'notNumber' }) }),
    ]);
    expect(parsed.at).toBe(1);
    expect(parseLesson('?v=1&ca=20').lesson).toBeNull();
  });

  it('lists what changed between two steps', () => {
    const changes = scenarioChanges(presets['mar-2025-usmca-exempt'].scenario, presets['mar-2025-steel-25'].scenario);
    expect(changes).toEqual([
      { label: 'Steel', from: '0%', to: '25%' },
      { label: 'Aluminum', from: '0%', to: '25%' },
    ]);
  });
});
