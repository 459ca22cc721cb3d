// The result every panel reads (resultOf): the model's, recomputed only for the country a change reaches, and the
// same object for every reader of one step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultOf } from '../../src/features/results/useSimulation';
import { DEFAULT_SCENARIO, PRESET_IDS, presets } from '../../src/model/presets';
import { simulate } from '../../src/model/simulate';
import type { Scenario } from '../../src/model/types';
import { modelRuns, modelTimeoutMs } from '../fixtures/fuzz';
import { realDataset } from '../fixtures/builders';

const data = realDataset();
const RUNS = modelRuns(6);
const rate = fc.integer({ min: 0, max: 100 }).map((v) => v / 100);

/** A step a person can take: a preset, or one country's general rate. */
const stepArb: fc.Arbitrary<(s: Scenario) => Scenario> = fc.oneof(
  fc.constantFrom(...PRESET_IDS).map((id) => () => presets[id].scenario),
  rate.map((v) => (s: Scenario) => ({ ...s, caGeneral: v })),
  rate.map((v) => (s: Scenario) => ({ ...s, mxGeneral: v })),
);

describe('resultOf', () => {
  it('is simulate() after any run of steps, one object per step', { timeout: modelTimeoutMs(RUNS * 5) }, () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 4 }), (steps) => {
        let s: Scenario = DEFAULT_SCENARIO;
        for (const step of steps) {
          s = step(s);
          const r = resultOf(data, s);
          expect(r).toEqual(simulate(data, s));
          // The next reader of the same step gets the same object, with no model run.
          expect(resultOf(data, s)).toBe(r);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a step that reaches one country keeps the other country’s result object', () => {
    const start = resultOf(data, DEFAULT_SCENARIO);
    const canada = resultOf(data, { ...DEFAULT_SCENARIO, caGeneral: DEFAULT_SCENARIO.caGeneral + 0.05 });
    expect(canada.countries.MX).toBe(start.countries.MX);
    expect(canada.countries.CA).not.toBe(start.countries.CA);
    const mexico = resultOf(data, {
      ...DEFAULT_SCENARIO,
      caGeneral: DEFAULT_SCENARIO.caGeneral + 0.05,
      mxGeneral: 0.4,
    });
    expect(mexico.countries.CA).toBe(canada.countries.CA);
    // A copy with the same settings is the same step: the same result object, so no reader re-renders.
    const copy = resultOf(data, { ...DEFAULT_SCENARIO, caGeneral: DEFAULT_SCENARIO.caGeneral + 0.05, mxGeneral: 0.4 });
    expect(copy).toBe(mexico);
  });
});
