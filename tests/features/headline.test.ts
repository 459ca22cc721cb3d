// The sentence under each headline: why the effective rate is far below the rates on the books, from the result.
import { describe, expect, it } from 'vitest';
import { whySentence } from '../../src/features/results/HeadlineCards';
import { formatRate } from '../../src/lib/format';
import { DEFAULT_SCENARIO } from '../../src/model/presets';
import { simulate } from '../../src/model/simulate';
import type { CountryResult } from '../../src/model/types';
import { realDataset } from '../fixtures/builders';

describe('why the effective rate is what it is', () => {
  it('a worked example: a quarter of exports facing new tariffs', () => {
    // ETR 8.42%, of which MFN 0.42 points; 25% of exports face a new tariff.
    // New duties on those: (8.42% − 0.42%) / 25% = 8% / 25% = 32.0%; the other 75.0% pay none.
    const r = { country: 'CA', etr: 0.0842, exposedShare: 0.25, byProgram: { mfn: 0.0042 } } as CountryResult;
    expect(whySentence(r, true)).toBe(
      'Why 8.42%: 25.0% of Canada’s exports to the US face a new tariff, 32.0% on average in new duties; the other ' +
        '75.0% pay none of the new tariffs. Most of those claim USMCA.',
    );
    // With the exemption off, no word about USMCA claims.
    expect(whySentence(r, false)).not.toMatch(/USMCA/);
  });

  it('with no new tariff, says so instead of dividing by nothing', () => {
    const r = { country: 'MX', etr: 0.004, exposedShare: 0, byProgram: { mfn: 0.004 } } as CountryResult;
    expect(whySentence(r, true)).toBe(
      'Why 0.40%: no export to the US faces a new tariff in this scenario; what is left is the normal MFN duty.',
    );
  });

  it('on the real data, the shares it states are the model’s, and they add up to all exports', () => {
    const { countries } = simulate(realDataset(), DEFAULT_SCENARIO);
    for (const r of Object.values(countries)) {
      const text = whySentence(r, true);
      expect(text).toContain(formatRate(r.exposedShare, 1));
      expect(text).toContain(formatRate(1 - r.exposedShare, 1));
      expect(text).toContain(formatRate((r.etr - r.byProgram.mfn) / r.exposedShare, 1));
      // The new duties' average on the exposed goods is above the effective rate over all goods.
      expect((r.etr - r.byProgram.mfn) / r.exposedShare).toBeGreaterThan(r.etr);
    }
  });
});
