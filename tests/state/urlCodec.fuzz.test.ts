// Fuzz: arbitrary strings (and query-shaped ones) never throw and always give a complete, valid scenario.
// The run count comes from FUZZ_RUNS: a few thousand in `npm test`, 100,000 in `npm run fuzz` (CI runs both).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARAMS, toDisplay } from '../../src/state/parameters';
import { parseLink } from '../../src/state/urlCodec';
import type { Scenario } from '../../src/model/types';
import { fuzzRuns, fuzzTimeoutMs } from '../fixtures/fuzz';

function isValid(s: Scenario): boolean {
  return PARAMS.every((p) => {
    const v = s[p.key];
    if (p.kind === 'number') return typeof v === 'number' && toDisplay(p, v) >= p.min && toDisplay(p, v) <= p.max;
    if (p.kind === 'boolean') return typeof v === 'boolean';
    return p.options.some((o) => o.value === v);
  });
}

const names = [...PARAMS.map((p) => p.url), 'v', 'preset', 'embed', 'data', 'cmp', 'b.ca', 'b.usmca', 'lang'];
const queryLike = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...names), fc.string()),
      fc.oneof(fc.string(), fc.double().map(String), fc.constantFrom('on', 'off', '2024', '35', '%', '%E0%A4%A')),
    ),
    { maxLength: 12 },
  )
  .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);

const RUNS = fuzzRuns(3_000);

describe('parseLink fuzz', () => {
  it(
    `any of ${RUNS.toLocaleString('en-US')} strings parses to a valid scenario without throwing`,
    () => {
      // fc.check reports the first failing input (shrunk) instead of throwing from inside the property, so the
      // assertion below is always reached and names the counterexample.
      const report = fc.check(
        fc.property(
          fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), queryLike),
          (search) => {
            const parsed = parseLink(search);
            return isValid(parsed.scenario) && (parsed.compare === null || isValid(parsed.compare));
          },
        ),
        { numRuns: RUNS },
      );
      expect(report.counterexample, `failing link: ${JSON.stringify(report.counterexample)}`).toBeNull();
      expect(report.errorInstance ?? null).toBeNull();
      expect(report.numRuns).toBe(RUNS);
    },
    fuzzTimeoutMs(RUNS),
  );
});
