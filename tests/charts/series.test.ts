// Series builders: what the charts draw must add up to what the model says.
import { describe, expect, it } from 'vitest';
import { niceMax } from '../../src/charts/geometry';
import { OTHER_ID, programSeries, sectorSeries, sensitivitySeries, sortSectors } from '../../src/charts/series';
import { DEFAULT_SCENARIO, presets } from '../../src/model/presets';
import { simulate } from '../../src/model/simulate';
import { numberParam } from '../../src/state/parameters';
import { realDataset } from '../fixtures/builders';

const data = realDataset();
const result = simulate(data, DEFAULT_SCENARIO);

describe('programSeries', () => {
  it('gives each country its ETR in points, split by program, with only the programs that contribute', () => {
    const { rows, programs } = programSeries(result);
    expect(rows.map((r) => r.country)).toEqual(['Canada', 'Mexico']);
    for (const [i, c] of (['CA', 'MX'] as const).entries()) {
      const row = rows[i]!;
      expect(row.total).toBeCloseTo(result.countries[c].etr * 100, 10);
      expect(programs.reduce((s, p) => s + row.values[p], 0)).toBeCloseTo(row.total, 10);
    }
    // Buses are 10% under November 2025 but tiny; MFN always contributes; nothing is listed twice.
    expect(programs).toContain('mfn');
    expect(new Set(programs).size).toBe(programs.length);
  });

  it('lists no program when nothing applies', () => {
    const zeroMfn = structuredClone(data);
    for (const c of ['CA', 'MX'] as const) zeroMfn.countries[c].products?.mfn.fill(0);
    expect(programSeries(simulate(zeroMfn, presets['pre-2025'].scenario)).programs).toEqual([]);
  });
});

describe('sectorSeries', () => {
  it('keeps the top 10 by duty and sums the rest into "Other", so the bars add up to the country', () => {
    const ca = result.countries.CA;
    const rows = sectorSeries(ca, 10);
    expect(rows).toHaveLength(11);
    expect(rows[10]!.id).toBe(OTHER_ID);
    expect(rows[10]!.label).toBe('Other sectors (21)');
    const duties = rows.slice(0, 10).map((r) => r.dutyBn);
    expect([...duties].sort((a, b) => b - a)).toEqual(duties);
    expect(rows.reduce((s, r) => s + r.dutyBn, 0)).toBeCloseTo(ca.dutyUsd / 1e9, 9);
    expect(rows.reduce((s, r) => s + r.exportChangeBn, 0)).toBeCloseTo(ca.exportChangeUsd / 1e9, 9);
  });

  it('has no "Other" row when every sector fits', () => {
    expect(sectorSeries(result.countries.MX, 40).some((r) => r.id === OTHER_ID)).toBe(false);
  });
});

describe('sortSectors', () => {
  it('sorts by a number either way and by label alphabetically, without mutating', () => {
    const rows = result.countries.CA.bySector;
    const copy = [...rows];
    const byEtr = sortSectors(rows, 'etr', true);
    expect(byEtr.map((r) => r.etr)).toEqual([...rows.map((r) => r.etr)].sort((a, b) => b - a));
    expect(sortSectors(rows, 'etr', false)[0]!.etr).toBe(Math.min(...rows.map((r) => r.etr)));
    const byLabel = sortSectors(rows, 'label', false).map((r) => r.label);
    expect(byLabel).toEqual([...byLabel].sort((a, b) => a.localeCompare(b)));
    expect(rows).toEqual(copy);
  });
});

describe('sensitivitySeries', () => {
  it('sweeps a control over its range in 50 points and marks the current value', () => {
    const param = numberParam('caGeneral');
    const NOV = presets['nov-2025'].scenario;
    const { rows, current } = sensitivitySeries(data, NOV, param, 50);
    expect(rows).toHaveLength(50);
    expect(rows[0]!.x).toBe(0);
    expect(rows[49]!.x).toBe(100);
    expect(current).toBeCloseTo(35, 10);
    // Canada's ETR rises with its own rate; Mexico's does not move.
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.etrCA).toBeGreaterThanOrEqual(rows[i - 1]!.etrCA);
      expect(rows[i]!.etrMX).toBeCloseTo(rows[0]!.etrMX, 12);
    }
    // At the current value the sweep agrees with the model: 35 lies between points 17 and 18.
    const at35 = simulate(data, { ...NOV, caGeneral: 0.35 }).countries.CA.etr * 100;
    expect(rows[17]!.etrCA).toBeLessThanOrEqual(at35);
    expect(rows[18]!.etrCA).toBeGreaterThanOrEqual(at35);
    // Mexico's totals are computed once (the control is Canada's), and are what the model gives at any point.
    const at = simulate(data, { ...NOV, caGeneral: rows[30]!.x / 100 });
    expect(rows[30]!.etrMX).toBeCloseTo(at.countries.MX.etr * 100, 12);
    expect(rows[30]!.etrCA).toBeCloseTo(at.countries.CA.etr * 100, 12);
  });

  it('a control of both countries moves both, each point as the model computes it', () => {
    const DEC = presets['dec-2026'].scenario;
    const { rows } = sensitivitySeries(data, DEC, numberParam('elasticity'), 11);
    for (const r of [rows[2]!, rows[9]!]) {
      const at = simulate(data, { ...DEC, elasticity: r.x });
      expect(r.exportCA).toBeCloseTo(at.countries.CA.exportChangePct * 100, 12);
      expect(r.exportMX).toBeCloseTo(at.countries.MX.exportChangePct * 100, 12);
    }
    expect(rows[9]!.exportMX).toBeLessThan(rows[2]!.exportMX);
  });
});

describe('niceMax', () => {
  it('rounds an axis maximum up to 1, 2, 5 or 10 times a power of ten', () => {
    expect(niceMax(7.27)).toBe(10);
    expect(niceMax(25.9)).toBe(50);
    expect(niceMax(1.2)).toBe(2);
    expect(niceMax(0.04)).toBeCloseTo(0.05, 12);
    expect(niceMax(0)).toBe(1);
    expect(niceMax(Number.NaN)).toBe(1);
  });
});
