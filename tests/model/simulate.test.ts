// Worked examples of MODEL.md, each with its arithmetic beside the assertion.
import { describe, expect, it } from 'vitest';
import { AUTO_OFFSET } from '../../src/model/presets';
import { MAX_SECTOR_ELASTICITY, simulate, simulateSector, volumeFactor } from '../../src/model/sectorModel';
import { PROGRAMS } from '../../src/model/types';
import { makeDataset, makeScenario, makeSector } from '../fixtures/builders';

const sumOf = (b: Record<string, number>) => PROGRAMS.reduce((s, p) => s + (b[p] ?? 0), 0);

describe('effective tariff rate', () => {
  it('weights sector rates by import value: 10, 5, 2 at 50%, 25%, 0% give 6.25 / 17', () => {
    const steel = makeSector({ id: 'a', imports2024Usd: 10, scope232: { steel: 1 }, coveredShare: 1 });
    const general = makeSector({ id: 'b', imports2024Usd: 5 });
    const energy = makeSector({ id: 'c', imports2024Usd: 2, carveoutShare: 1 });
    const r = simulate(
      makeDataset([steel, general, energy]),
      makeScenario({ steel: 0.5, caGeneral: 0.25, caEnergy: 0, usmcaExemption: false }),
    );
    // duty = 10 x 0.50 + 5 x 0.25 + 2 x 0 = 6.25
    expect(r.countries.CA.dutyUsd).toBeCloseTo(6.25, 12);
    // ETR = 6.25 / 17 = 0.367647...
    expect(r.countries.CA.etr).toBeCloseTo(6.25 / 17, 12);
    expect(r.countries.CA.etr).toBeCloseTo(0.3676, 4);
  });

  it('contributions by program add up to the ETR, per sector and per country', () => {
    const s = makeSector({ mfn: 0.04, scope232: { steel: 0.3, autos: 0.2 }, coveredShare: 0.5, usmca: 0.3 });
    const r = simulate(
      makeDataset([s, makeSector({ imports2024Usd: 3 })]),
      makeScenario({ caGeneral: 0.35, steel: 0.5, autos: 0.25 }),
    );
    expect(sumOf(r.countries.CA.bySector[0]!.byProgram)).toBeCloseTo(r.countries.CA.bySector[0]!.etr, 14);
    expect(sumOf(r.countries.CA.byProgram)).toBeCloseTo(r.countries.CA.etr, 14);
  });
});

describe('USMCA weighting of the country-wide tariff', () => {
  it('35% with 12% utilization gives 0.35 x 0.88 = 30.8%', () => {
    const r = simulateSector(makeSector({ usmca: 0.12 }), 'CA', makeScenario({ caGeneral: 0.35 }));
    expect(r.etr).toBeCloseTo(0.308, 12);
    expect(r.byProgram.countryWide).toBeCloseTo(0.308, 12);
  });

  it('a 10% energy rate with 95% utilization gives 0.10 x 0.05 = 0.5%', () => {
    const r = simulateSector(
      makeSector({ usmca: 0.95, carveoutShare: 1 }),
      'CA',
      makeScenario({ caGeneral: 0.35, caEnergy: 0.1 }),
    );
    expect(r.etr).toBeCloseTo(0.005, 12);
  });

  it('blends the general and reduced rates by the carve-out share: 0.35 x 0.4 + 0.10 x 0.6 = 0.20', () => {
    const r = simulateSector(
      makeSector({ carveoutShare: 0.6 }),
      'CA',
      makeScenario({ caGeneral: 0.35, caEnergy: 0.1 }),
    );
    expect(r.etr).toBeCloseTo(0.2, 12);
  });

  it('with the exemption off, USMCA goods pay the full rate: 0.35 x 1', () => {
    const r = simulateSector(
      makeSector({ usmca: 0.9 }),
      'CA',
      makeScenario({ caGeneral: 0.35, usmcaExemption: false }),
    );
    expect(r.etr).toBeCloseTo(0.35, 12);
  });

  it('reads the Mexican rates for Mexico: 0.25 x (1 - 0.2) = 0.20', () => {
    const r = simulateSector(makeSector({ usmca: 0.2 }), 'MX', makeScenario({ caGeneral: 0.35, mxGeneral: 0.25 }));
    expect(r.etr).toBeCloseTo(0.2, 12);
  });

  it('a uniform share replaces every observed share: 0.35 x (1 - 0.5) = 0.175', () => {
    const r = simulateSector(
      makeSector({ usmca: 0.1 }),
      'CA',
      makeScenario({ caGeneral: 0.35, utilization: 'uniform', uniformCa: 0.5 }),
    );
    expect(r.etr).toBeCloseTo(0.175, 12);
  });
});

describe('stacking and Section 232', () => {
  it('a product fully inside the steel program pays 50%, not 50% + the country rate', () => {
    const r = simulateSector(
      makeSector({ scope232: { steel: 1 }, coveredShare: 1 }),
      'CA',
      makeScenario({ caGeneral: 0.35, steel: 0.5 }),
    );
    expect(r.etr).toBeCloseTo(0.5, 12);
    expect(r.byProgram.countryWide).toBe(0);
  });

  it('outside every 232 program, MFN 4% and a 25% country rate with no USMCA claim: 0.04 + 0.25 = 29%', () => {
    const r = simulateSector(makeSector({ mfn: 0.04 }), 'MX', makeScenario({ mxGeneral: 0.25 }));
    expect(r.etr).toBeCloseTo(0.29, 12);
  });

  it('a 50% program on a good whose metal content is 40% of value adds 0.5 x 0.4 = 20% of value', () => {
    const r = simulateSector(
      makeSector({ scope232: { aluminum: 0.4 }, coveredShare: 1 }),
      'CA',
      makeScenario({ aluminum: 0.5 }),
    );
    expect(r.byProgram.aluminum).toBeCloseTo(0.2, 12);
    expect(r.etr).toBeCloseTo(0.2, 12);
  });

  it('a program switched off hands its goods back to the country-wide tariff', () => {
    // covered = 1 x 0.5 / (0.5 + 0.5) = 0.5; steel 0.5 x 0.5 = 0.25; country-wide 0.35 x (1 - 0.5) = 0.175
    const sector = makeSector({ scope232: { steel: 0.5, aluminum: 0.5 }, coveredShare: 1 });
    const r = simulateSector(sector, 'CA', makeScenario({ caGeneral: 0.35, steel: 0.5, aluminum: 0 }));
    expect(r.byProgram.steel).toBeCloseTo(0.25, 12);
    expect(r.byProgram.countryWide).toBeCloseTo(0.175, 12);
    expect(r.etr).toBeCloseTo(0.425, 12);
  });

  it('USMCA vehicles pay autos only on non-US content, after the offset', () => {
    // (0.25 - 0.012375) x 1 x (1 - 0.4 x 0.9) = 0.237625 x 0.64 = 0.15208
    const r = simulateSector(
      makeSector({ scope232: { autos: 1 }, coveredShare: 1, usmca: 0.9 }),
      'MX',
      makeScenario({ autos: 0.25, autoOffset: AUTO_OFFSET, usContentShare: 0.4 }),
    );
    expect(AUTO_OFFSET).toBeCloseTo(0.012375, 12);
    expect(r.byProgram.autos).toBeCloseTo(0.15208, 12);
  });

  it('USMCA auto parts are exempt; with the exemption off they pay in full', () => {
    const sector = makeSector({ scope232: { autoParts: 1 }, coveredShare: 1, usmca: 0.8 });
    const on = simulateSector(sector, 'CA', makeScenario({ autoParts: 0.25, autoOffset: AUTO_OFFSET }));
    // (0.25 - 0.012375) x (1 - 0.8) = 0.047525
    expect(on.byProgram.autoParts).toBeCloseTo(0.047525, 12);
    const off = simulateSector(
      sector,
      'CA',
      makeScenario({ autoParts: 0.25, autoOffset: AUTO_OFFSET, usmcaExemption: false }),
    );
    // 0.25 - 0.012375 = 0.237625
    expect(off.byProgram.autoParts).toBeCloseTo(0.237625, 12);
  });

  it('MHD trucks pay on non-US content and MHD parts are exempt, with no offset', () => {
    const trucks = simulateSector(
      makeSector({ scope232: { mhdTrucks: 1 }, coveredShare: 1, usmca: 0.5 }),
      'MX',
      makeScenario({ mhdTrucks: 0.25, autoOffset: AUTO_OFFSET }),
    );
    // 0.25 x (1 - 0.4 x 0.5) = 0.20
    expect(trucks.etr).toBeCloseTo(0.2, 12);
    const parts = simulateSector(
      makeSector({ scope232: { mhdParts: 1 }, coveredShare: 1, usmca: 0.5 }),
      'MX',
      makeScenario({ mhdParts: 0.25 }),
    );
    // 0.25 x (1 - 0.5) = 0.125
    expect(parts.etr).toBeCloseTo(0.125, 12);
  });

  it('the offset never makes a rate negative: max(0, 0.01 - 0.012375) = 0', () => {
    const r = simulateSector(
      makeSector({ scope232: { autos: 1 }, coveredShare: 1 }),
      'CA',
      makeScenario({ autos: 0.01, autoOffset: AUTO_OFFSET }),
    );
    expect(r.etr).toBe(0);
  });
});

describe('MFN and USMCA termination', () => {
  it('MFN applies to the non-USMCA part: 0.04 x (1 - 0.75) = 0.01', () => {
    const r = simulateSector(makeSector({ mfn: 0.04, usmca: 0.75 }), 'CA', makeScenario());
    expect(r.byProgram.mfn).toBeCloseTo(0.01, 12);
  });

  it('termination applies the sector MFN rate to every good and removes all USMCA relief', () => {
    const sector = makeSector({ mfn: 0.02, mfnRate: 0.05, usmca: 0.75 });
    const r = simulateSector(sector, 'CA', makeScenario({ usmcaTerminated: true, caGeneral: 0.1 }));
    // 0.05 MFN on everything + 0.10 x 1 country-wide = 0.15
    expect(r.byProgram.mfn).toBeCloseTo(0.05, 12);
    expect(r.etr).toBeCloseTo(0.15, 12);
    // The MFN increase alone (from 0.02 x 0.25 = 0.005 to 0.05) lowers trade.
    const mfnOnly = simulateSector(sector, 'CA', makeScenario({ usmcaTerminated: true }));
    // V1 = 1 x (1.005 / 1.05) - 1 = -0.042857...
    expect(mfnOnly.exportChangeUsd).toBeCloseTo(1.005 / 1.05 - 1, 12);
  });
});

describe('trade response', () => {
  const steel = makeSector({ imports2024Usd: 9.43, scope232: { steel: 1 }, coveredShare: 1 });

  it('9.43 at a new 50% tariff with epsilon 1 becomes 9.43 / 1.5 = 6.29', () => {
    const r = simulateSector(steel, 'CA', makeScenario({ steel: 0.5 }));
    expect(r.importsUsd + r.exportChangeUsd).toBeCloseTo(9.43 / 1.5, 10);
    expect(r.importsUsd + r.exportChangeUsd).toBeCloseTo(6.29, 2);
    // Duty after the response: 6.2867 x 0.5 = 3.1433
    expect(r.dutyAfterResponseUsd).toBeCloseTo((9.43 / 1.5) * 0.5, 10);
  });

  it('with epsilon 2, 9.43 / 1.5^2 = 9.43 / 2.25 = 4.19', () => {
    const r = simulateSector(steel, 'CA', makeScenario({ steel: 0.5, elasticity: 2 }));
    expect(r.importsUsd + r.exportChangeUsd).toBeCloseTo(9.43 / 2.25, 10);
    expect(r.importsUsd + r.exportChangeUsd).toBeCloseTo(4.19, 2);
  });

  it('the multiplier scales the elasticity: 1 x 2 behaves as epsilon 2', () => {
    const r = simulateSector(steel, 'CA', makeScenario({ steel: 0.5, elasticityMultiplier: 2 }));
    expect(r.importsUsd + r.exportChangeUsd).toBeCloseTo(9.43 / 2.25, 10);
  });

  it('responds slice by slice against the MFN baseline', () => {
    // Half the value in steel at 50%, half uncovered at 25%, MFN 2% everywhere, epsilon 1:
    // V1 = 0.5 x 1.02 / 1.52 + 0.5 x 1.02 / 1.27
    const sector = makeSector({ scope232: { steel: 0.5 }, coveredShare: 0.5, mfn: 0.02 });
    const r = simulateSector(sector, 'CA', makeScenario({ steel: 0.5, caGeneral: 0.25, usmcaExemption: false }));
    expect(1 + r.exportChangeUsd).toBeCloseTo(0.5 * (1.02 / 1.52) + 0.5 * (1.02 / 1.27), 12);
  });

  it('sector elasticities use sigma, capped at 8, and fall back to the uniform value without one', () => {
    const sc = makeScenario({ steel: 0.5, elasticityMode: 'sector', elasticity: 1.5 });
    const high = simulateSector({ ...steel, sigmaBw: 15.55 }, 'CA', sc);
    expect(high.importsUsd + high.exportChangeUsd).toBeCloseTo(9.43 * 1.5 ** -MAX_SECTOR_ELASTICITY, 10);
    const low = simulateSector({ ...steel, sigmaBw: 3 }, 'CA', sc);
    expect(low.importsUsd + low.exportChangeUsd).toBeCloseTo(9.43 * 1.5 ** -3, 10);
    const none = simulateSector({ ...steel, sigmaBw: null }, 'CA', sc);
    expect(none.importsUsd + none.exportChangeUsd).toBeCloseTo(9.43 * 1.5 ** -1.5, 10);
  });

  it('the volume factor is 1 at no change and shrinks with the tariff', () => {
    expect(volumeFactor(0.02, 0.02, 3)).toBe(1);
    expect(volumeFactor(0, 0.5, 1)).toBeCloseTo(1 / 1.5, 15);
    expect(volumeFactor(0, 1, 2)).toBeCloseTo(0.25, 15);
  });
});

describe('exposure and macro shares', () => {
  it('counts the non-USMCA value facing the country-wide tariff, and the 232 scope', () => {
    // 232 steel slice: 0.2 of value (no relief); uncovered 0.8 with 75% USMCA: 0.8 x 0.25 = 0.2 exposed
    const sector = makeSector({ imports2024Usd: 100, scope232: { steel: 0.2 }, coveredShare: 0.2, usmca: 0.75 });
    const r = simulateSector(sector, 'CA', makeScenario({ steel: 0.5, caGeneral: 0.35 }));
    expect(r.exposedUsd).toBeCloseTo(40, 10);
  });

  it('divides the export change by GDP and total exports', () => {
    const d = makeDataset([makeSector({ imports2024Usd: 10, scope232: { steel: 1 }, coveredShare: 1 })]);
    const r = simulate(d, makeScenario({ steel: 1 })).countries.CA;
    // V1 = 10 / 2 = 5, change -5; GDP 100 -> -5%; total exports 50 -> -10%
    expect(r.exportChangeUsd).toBeCloseTo(-5, 12);
    expect(r.exportChangePctGdp).toBeCloseTo(-0.05, 12);
    expect(r.exportChangePctExports).toBeCloseTo(-0.1, 12);
    expect(r.exportChangePct).toBeCloseTo(-0.5, 12);
  });
});
