// The explanation must tell the same story as the model: its terms multiply out to the model's contributions.
import { describe, expect, it } from 'vitest';
import { explainSector } from '../../src/model/explain';
import { PRESET_IDS, presets } from '../../src/model/presets';
import { simulateSector } from '../../src/model/sectorModel';
import { COUNTRIES } from '../../src/model/types';
import { makeScenario, makeSector, realDataset } from '../fixtures/builders';

describe('explainSector', () => {
  it('spells out Canadian aluminum under the November 2025 rates', () => {
    const al = makeSector({ imports2024Usd: 10, scope232: { aluminum: 0.9 }, coveredShare: 0.9, usmca: 0.95 });
    const e = explainSector(al, 'CA', makeScenario({ aluminum: 0.5, caGeneral: 0.35 }));
    const alTerm = e.terms.find((t) => t.program === 'aluminum')!;
    // $10 x 0.9 scope x 50% x no USMCA relief = $4.5
    expect([alTerm.scope, alTerm.rate, alTerm.usmcaFactor]).toEqual([0.9, 0.5, 1]);
    expect(alTerm.dutyUsd).toBeCloseTo(4.5, 12);
    const cw = e.terms.find((t) => t.program === 'countryWide')!;
    // $10 x (1 - 0.9) uncovered x 35% x (1 - 0.95) USMCA = $0.0175
    expect(cw.scope).toBeCloseTo(0.1, 12);
    expect(cw.usmcaFactor).toBeCloseTo(0.05, 12);
    expect(cw.dutyUsd).toBeCloseTo(0.0175, 12);
  });

  it('agrees with simulateSector for every sector and preset', () => {
    const data = realDataset();
    for (const id of PRESET_IDS)
      for (const c of COUNTRIES)
        for (const sector of data.countries[c].sectors) {
          const s = presets[id].scenario;
          const e = explainSector(sector, c, s);
          const r = simulateSector(sector, c, s);
          expect(e.terms.reduce((a, t) => a + t.contribution, 0)).toBeCloseTo(r.etr, 12);
          for (const t of e.terms) {
            expect(t.contribution).toBeCloseTo(r.byProgram[t.program], 12);
            expect(t.scope * t.rate * t.usmcaFactor).toBeCloseTo(t.contribution, 12);
            expect(t.usmcaFactor).toBeGreaterThanOrEqual(0);
            expect(t.usmcaFactor).toBeLessThanOrEqual(1 + 1e-12);
          }
        }
  });
});
