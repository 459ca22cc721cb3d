// The messages between a projected presentation and its presenter view: only well-formed ones are used.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatElapsed, readCommand, readToPresenter, stepForKey } from '../../src/features/present/presenterChannel';

const lesson = {
  id: 'custom',
  title: 'L',
  steps: [
    { title: 'A', notes: 'n', question: '', search: '?v=1' },
    { title: 'B', notes: '', question: 'Why?', search: '?v=1&ca=40' },
  ],
};

describe('presenter channel', () => {
  it('reads a state and the end, and nothing malformed', () => {
    const state = { lesson, at: 1, startedAt: 5, qr: true, overTime: false };
    expect(readToPresenter({ type: 'state', state })).toEqual({ type: 'state', state });
    expect(readToPresenter({ type: 'ended' })).toEqual({ type: 'ended' });
    for (const bad of [
      null,
      'state',
      { type: 'state' },
      { type: 'state', state: { ...state, at: 2 } }, // past the last step
      { type: 'state', state: { ...state, at: 0.5 } },
      { type: 'state', state: { ...state, lesson: { ...lesson, steps: [] } } },
      { type: 'state', state: { ...state, lesson: { ...lesson, steps: [{ title: 'A' }] } } },
    ])
      expect(readToPresenter(bad)).toBeNull();
    fc.assert(fc.property(fc.anything(), (x) => void readToPresenter(x)));
  });

  it('reads the commands, and nothing else', () => {
    expect(readCommand({ type: 'go', at: 3 })).toEqual({ type: 'go', at: 3 });
    expect(readCommand({ type: 'toggle', what: 'qr' })).toEqual({ type: 'toggle', what: 'qr' });
    expect(readCommand({ type: 'hello', extra: 1 })).toEqual({ type: 'hello' });
    for (const bad of [{ type: 'go', at: '3' }, { type: 'toggle', what: 'notes' }, { type: 'reload' }, 7])
      expect(readCommand(bad)).toBeNull();
    fc.assert(fc.property(fc.anything(), (x) => void readCommand(x)));
  });

  it('counts elapsed time in minutes and seconds, hours past the hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(247_900)).toBe('4:07'); // 247 s = 4 min 7 s
    expect(formatElapsed(3_729_000)).toBe('1:02:09'); // 3729 s = 1 h 2 min 9 s
    expect(formatElapsed(-5)).toBe('0:00');
  });

  it('the stepping keys stay within the lesson', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ArrowRight', 'ArrowLeft', 'PageUp', 'PageDown', 'Home', 'End', ' '),
        fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n - 1 }))),
        (key, [n, at]) => {
          const next = stepForKey(key, at, n)!;
          expect(next).toBeGreaterThanOrEqual(0);
          expect(next).toBeLessThan(n);
          expect(Math.abs(next - at) <= 1 || key === 'Home' || key === 'End').toBe(true);
        },
      ),
    );
    expect(stepForKey('x', 0, 3)).toBeNull();
  });
});
