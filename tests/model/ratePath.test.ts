// The rate over time: each real policy state from the day it took effect, a month the average of its days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESET_IDS, presets } from '../../src/model/presets';
import { monthlyPath, monthsBetween, policyPath, stateOn } from '../../src/model/ratePath';
import { simulate } from '../../src/model/simulate';
import { COUNTRIES, PROGRAMS } from '../../src/model/types';
import { realDataset } from '../fixtures/builders';

const data = realDataset();
const path = policyPath();
const months = monthlyPath(data, '2025-01', '2026-12', path);
const etrOf = (id: (typeof PRESET_IDS)[number]) => simulate(data, presets[id].scenario).countries;

describe('policyPath', () => {
  it('holds every state that happened, none that did not, in date order', () => {
    const ids = path.map((s) => s.presetId);
    expect(ids.every((id) => !presets[id].hypothetical)).toBe(true);
    expect(ids).not.toContain('dec-2026-no-exemption');
    expect(path.map((s) => s.from)).toEqual([...path.map((s) => s.from)].sort());
    // The 1 Feb 2025 tariffs were paused until 4 Mar (policy_measures.csv).
    expect(path.find((s) => s.presetId === 'feb-2025-announced')?.from).toBe('2025-03-04');
  });

  it('finds the state in force on a day', () => {
    expect(stateOn(path, '2025-02-15')).toBe('pre-2025');
    expect(stateOn(path, '2025-03-05')).toBe('feb-2025-announced');
    expect(stateOn(path, '2025-03-07')).toBe('mar-2025-usmca-exempt');
    expect(stateOn(path, '2026-12-01')).toBe('dec-2026');
  });
});

describe('monthlyPath', () => {
  it('covers January 2025 to December 2026', () => {
    expect(months.map((m) => m.month)).toEqual(monthsBetween('2025-01', '2026-12'));
    expect(months).toHaveLength(24);
  });

  it('weights each state by its days in the month (worked example: March 2025)', () => {
    const march = months.find((m) => m.month === '2025-03')!;
    // 1-3 Mar: before the tariffs (3 days); 4-6: the tariffs without the USMCA exemption (3);
    // 7-11: USMCA goods exempt (5); 12-31: plus steel and aluminum at 25% (20). 3 + 3 + 5 + 20 = 31.
    expect(march.states).toEqual([
      { presetId: 'pre-2025', days: 3 },
      { presetId: 'feb-2025-announced', days: 3 },
      { presetId: 'mar-2025-usmca-exempt', days: 5 },
      { presetId: 'mar-2025-steel-25', days: 20 },
    ]);
    const [a, b, c, d] = (
      ['pre-2025', 'feb-2025-announced', 'mar-2025-usmca-exempt', 'mar-2025-steel-25'] as const
    ).map((id) => etrOf(id).CA.etr) as [number, number, number, number];
    expect(march.etr.CA).toBeCloseTo((3 * a + 3 * b + 5 * c + 20 * d) / 31, 12);
  });

  it('gives a month with one state that state’s rate', () => {
    expect(months[0]!.etr.CA).toBeCloseTo(etrOf('pre-2025').CA.etr, 12);
    expect(months[23]!.etr.MX).toBeCloseTo(etrOf('dec-2026').MX.etr, 12);
  });

  it('adds up by program, and lies between the rates of the month’s states', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: months.length - 1 }), fc.constantFrom(...COUNTRIES), (i, c) => {
        const m = months[i]!;
        const sum = PROGRAMS.reduce((s, p) => s + m.byProgram[c][p], 0);
        expect(sum).toBeCloseTo(m.etr[c], 12);
        const rates = m.states.map((s) => etrOf(s.presetId)[c].etr);
        expect(m.etr[c]).toBeGreaterThanOrEqual(Math.min(...rates) - 1e-12);
        expect(m.etr[c]).toBeLessThanOrEqual(Math.max(...rates) + 1e-12);
      }),
      { numRuns: 30 },
    );
  });
});
