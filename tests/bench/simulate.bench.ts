// How long one full recomputation takes (both countries, 61 sectors): the work behind every slider step.
import { bench, describe } from 'vitest';
import { presets } from '../../src/model/presets';
import { simulate } from '../../src/model/simulate';
import { realDataset } from '../fixtures/builders';

const data = realDataset();
const nov = presets['nov-2025'].scenario;
const longRun = { ...nov, elasticityMode: 'sector' as const, usmcaExemption: false };
let step = 0;

describe('simulate on the full dataset', () => {
  bench('nov-2025 preset', () => {
    simulate(data, nov);
  });
  bench('slider step (Canada rate changes each call)', () => {
    step = (step + 1) % 100;
    simulate(data, { ...nov, caGeneral: step / 100 });
  });
  bench('long-run sector elasticities, no exemption (Math.pow path)', () => {
    simulate(data, longRun);
  });
});
