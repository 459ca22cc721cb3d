// The reality check: the model's 2025 prediction is the monthly average over the policy path.
import { describe, expect, it } from 'vitest';
import { presets } from '../../src/model/presets';
import { POLICY_PATH_2025, realityCheck } from '../../src/model/realityCheck';
import { simulate } from '../../src/model/simulate';
import { realDataset } from '../fixtures/builders';

const data = realDataset();

describe('realityCheck', () => {
  it('covers the twelve months of 2025 in order', () => {
    expect(POLICY_PATH_2025.map((m) => m.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('predicts each sector as the average of its monthly post-response imports', () => {
    const check = realityCheck(data);
    const al = check.rows.CA.find((r) => r.id === 'aluminum')!;
    const monthly = POLICY_PATH_2025.map(({ presetId }) => {
      const s = simulate(data, presets[presetId].scenario).countries.CA.bySector.find((x) => x.id === 'aluminum')!;
      return s.importsUsd + s.exportChangeUsd;
    });
    expect(al.predicted2025Usd).toBeCloseTo(monthly.reduce((a, b) => a + b, 0) / 12, 0);
    // Tariffs only ever lower predicted trade; the actual 2025 figure is the data's.
    expect(al.predictedChange).toBeLessThan(0);
    expect(al.actual2025Usd).toBe(data.countries.CA.sectors.find((s) => s.id === 'aluminum')!.imports2025Usd);
  });

  it('a path of MFN-only months predicts no change', () => {
    const flat = realityCheck(data, [{ month: '2025-01', presetId: 'pre-2025' }]);
    expect(flat.totals.CA.predictedChange).toBeCloseTo(0, 12);
    expect(flat.totals.MX.predicted2025Usd).toBeCloseTo(flat.totals.MX.imports2024Usd, 0);
  });

  it('country totals add up the sectors', () => {
    const check = realityCheck(data);
    const sum = check.rows.MX.reduce((a, r) => a + r.actual2025Usd, 0);
    expect(check.totals.MX.actual2025Usd).toBeCloseTo(sum, 0);
  });
});
