// The parameter table: one row per scenario setting, unique URL names, defaults inside their ranges.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, PRESET_IDS, presets } from '../../src/model/presets';
import type { Scenario } from '../../src/model/types';
import { clampToStep, fromDisplay, numberParam, PARAMS, toDisplay } from '../../src/state/parameters';

describe('parameter table', () => {
  it('describes every scenario setting exactly once, with a label and help', () => {
    expect(PARAMS.map((p) => p.key).sort()).toEqual(Object.keys(DEFAULT_SCENARIO).sort());
    // Each label and help text is found in the dictionary (t() returns the key itself when it is missing) and no
    // two controls share a label or a help text.
    for (const p of PARAMS) {
      expect(p.label).not.toBe(`param.${p.key}.label`);
      expect(p.help).not.toBe(`param.${p.key}.help`);
    }
    expect(new Set(PARAMS.map((p) => p.label)).size).toBe(PARAMS.length);
    expect(new Set(PARAMS.map((p) => p.help)).size).toBe(PARAMS.length);
  });

  it('gives each setting a distinct, URL-safe short name', () => {
    const names = PARAMS.map((p) => p.url);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('holds every preset value inside its range and among its options', () => {
    const outside = PRESET_IDS.flatMap((id) =>
      PARAMS.filter((p) => {
        const v = presets[id].scenario[p.key as keyof Scenario];
        if (p.kind === 'number') return toDisplay(p, v as number) < p.min || toDisplay(p, v as number) > p.max;
        if (p.kind === 'choice') return !p.options.some((o) => o.value === v);
        return typeof v !== 'boolean';
      }).map((p) => `${id}.${p.key}`),
    );
    expect(outside).toEqual([]);
  });

  it('converts between fractions and percentages both ways', () => {
    const ca = numberParam('caGeneral');
    expect(toDisplay(ca, 0.35)).toBe(35);
    expect(fromDisplay(ca, 35)).toBe(0.35);
    const e = numberParam('elasticity');
    expect(toDisplay(e, 1.5)).toBe(1.5);
    expect(fromDisplay(e, 1.5)).toBe(1.5);
    // 0.012375 is 1.2375%: no float noise either way
    const offset = numberParam('autoOffset');
    expect(fromDisplay(offset, toDisplay(offset, 0.012375))).toBe(0.012375);
  });

  it('clamps to the range and snaps to the step', () => {
    const ca = numberParam('caGeneral');
    expect(clampToStep(ca, 250)).toBe(100);
    expect(clampToStep(ca, -3)).toBe(0);
    expect(clampToStep(ca, 35.4)).toBe(35);
    expect(clampToStep(numberParam('elasticity'), 1.26)).toBe(1.3);
  });
});
