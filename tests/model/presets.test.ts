// The dated presets: the policy table of the foundation issue, and sanity of each on the real data.
import { describe, expect, it } from 'vitest';
import { PRESET_DOCS } from '../../src/model/presetDocs';
import { AUTO_OFFSET, DEFAULT_PRESET_ID, matchingPreset, PRESET_IDS, presets } from '../../src/model/presets';
import { simulate } from '../../src/model/simulate';
import { COUNTRIES } from '../../src/model/types';
import { realDataset } from '../fixtures/builders';

const data = realDataset();
const cw = (id: (typeof PRESET_IDS)[number]) => {
  const s = presets[id].scenario;
  return [s.caGeneral, s.caEnergy, s.mxGeneral, s.mxPotash].map((r) => Math.round(r * 100));
};

describe('presets', () => {
  it('lists the seventeen dated policy states in order, each with a label, date, description and sources', () => {
    // Ten of 2025 to Feb 2026, five of 2026 to current law, two hypotheticals of the USMCA review.
    expect(PRESET_IDS).toHaveLength(17);
    expect(PRESET_IDS.filter((id) => presets[id].hypothetical)).toEqual([
      'nov-2025-no-exemption',
      'dec-2026-no-exemption',
      'dec-2026-usmca-withdrawal',
    ]);
    const dates = PRESET_IDS.map((id) => presets[id].date);
    expect([...dates].sort()).toEqual(dates);
    for (const id of PRESET_IDS) {
      expect(presets[id].id).toBe(id);
      // Every preset cites at least one legal instrument or data source, each a different citation.
      const docs = PRESET_DOCS[id];
      expect(docs.sources.length).toBeGreaterThan(0);
      expect(new Set(docs.sources).size).toBe(docs.sources.length);
    }
    // Labels and descriptions are distinct: two presets that read alike on the timeline would be a copy error.
    expect(new Set(PRESET_IDS.map((id) => PRESET_DOCS[id].label)).size).toBe(PRESET_IDS.length);
    expect(new Set(PRESET_IDS.map((id) => PRESET_DOCS[id].description)).size).toBe(PRESET_IDS.length);
    expect(DEFAULT_PRESET_ID).toBe('dec-2026');
  });

  it('sets the country-wide rates, exemption and period of the policy table', () => {
    expect(cw('pre-2025')).toEqual([0, 0, 0, 0]);
    expect(cw('feb-2025-announced')).toEqual([25, 10, 25, 25]);
    expect(cw('mar-2025-usmca-exempt')).toEqual([25, 10, 25, 10]);
    expect(cw('aug-2025-canada-35')).toEqual([35, 10, 25, 10]);
    expect(cw('nov-2025')).toEqual([35, 10, 25, 10]);
    // From 24 Feb 2026 the IEEPA tariffs are void: Section 122 takes their place, with its own exemptions.
    for (const id of PRESET_IDS.slice(PRESET_IDS.indexOf('feb-2026-section-122')))
      expect({ id, rates: cw(id) }).toEqual({ id, rates: [0, 0, 0, 0] });
    expect(presets['feb-2026-section-122'].scenario.section122).toBe(0.1);
    expect(presets['feb-2025-announced'].scenario.usmcaExemption).toBe(false);
    expect(presets['nov-2025-no-exemption'].scenario.usmcaExemption).toBe(false);
    expect(presets['nov-2025'].scenario.usmcaExemption).toBe(true);
    expect(presets['pre-2025'].scenario.period).toBe('2024');
    expect(presets['feb-2025-announced'].scenario.period).toBe('2024');
    expect(presets['jun-2025-steel-50'].scenario.period).toBe('2025h1');
    expect(presets['nov-2025'].scenario.period).toBe('2025h2');
    const nov = presets['nov-2025'].scenario;
    expect([nov.steel, nov.aluminum, nov.copper, nov.autos, nov.autoParts]).toEqual([0.5, 0.5, 0.5, 0.25, 0.25]);
    expect([nov.mhdTrucks, nov.mhdParts, nov.buses, nov.lumber, nov.furniture]).toEqual([0.25, 0.25, 0.1, 0.1, 0.25]);
    expect(presets['apr-2025-autos'].scenario.steel).toBe(0.25);
    expect(presets['jun-2025-steel-50'].scenario.steel).toBe(0.5);
    expect(presets['jun-2025-steel-50'].scenario.copper).toBe(0);
  });

  it('share the fixed assumptions: US content 40%, offset 3.75% x 33%, unit elasticity', () => {
    for (const id of PRESET_IDS) {
      const s = presets[id].scenario;
      expect(s.usContentShare).toBe(0.4);
      expect(s.autoOffset).toBeCloseTo(0.0375 * 0.33, 15);
      expect(s.autoOffset).toBe(AUTO_OFFSET);
      expect([s.elasticityMode, s.elasticity, s.elasticityMultiplier]).toEqual(['uniform', 1, 1]);
      expect(s.utilization).toBe('observed');
    }
  });

  it('every preset runs on the real data and gives finite, ordered results', () => {
    const etr = (id: (typeof PRESET_IDS)[number]) => {
      const r = simulate(data, presets[id].scenario);
      for (const c of COUNTRIES) expect(Number.isFinite(r.countries[c].etr)).toBe(true);
      return r;
    };
    const pre = etr('pre-2025');
    // Before 2025 only MFN applies: under 0.5% of value, with nothing exposed and no trade change.
    for (const c of COUNTRIES) {
      expect(pre.countries[c].etr).toBeLessThan(0.005);
      expect(pre.countries[c].exposedUsd).toBe(0);
    }
    const nov = etr('nov-2025');
    const noEx = etr('nov-2025-no-exemption');
    const s122 = etr('feb-2026-section-122');
    for (const c of COUNTRIES) {
      // The exemption is worth most of the burden; a 10% surcharge is lighter than 25–35%.
      expect(noEx.countries[c].etr).toBeGreaterThan(3 * nov.countries[c].etr);
      expect(s122.countries[c].etr).toBeLessThan(nov.countries[c].etr);
    }
    for (const id of PRESET_IDS) etr(id);
    // 2026: the withdrawal costs more than losing the exemption, which costs more than current law.
    const dec = etr('dec-2026');
    const decNoEx = etr('dec-2026-no-exemption');
    const out = etr('dec-2026-usmca-withdrawal');
    for (const c of COUNTRIES) {
      expect(decNoEx.countries[c].etr).toBeGreaterThan(dec.countries[c].etr);
      expect(out.countries[c].etr).toBeGreaterThan(decNoEx.countries[c].etr);
    }
  });

  it('the 2026 presets give the components the data README computes (pp of 2024 imports)', () => {
    const pp = (
      id: (typeof PRESET_IDS)[number],
      c: 'CA' | 'MX',
      ...programs: (keyof typeof nov.countries.CA.byProgram)[]
    ) => programs.reduce((sum, p) => sum + simulate(data, presets[id].scenario).countries[c].byProgram[p] * 100, 0);
    const nov = simulate(data, presets['nov-2025'].scenario);
    // Section 122 with the sectors.csv columns and the model-ready exempt share: 0.180 / 0.355.
    expect(pp('feb-2026-section-122', 'CA', 'section122')).toBeCloseTo(0.18, 2);
    expect(pp('feb-2026-section-122', 'MX', 'section122')).toBeCloseTo(0.355, 2);
    // Metals from 6 Apr 2026, printed note 16(c) lists: CA 3.92, MX 3.19; from 8 Jun: 3.84 / 2.98.
    expect(pp('apr-2026-metals', 'CA', 'steel', 'aluminum', 'copper')).toBeCloseTo(3.92, 2);
    expect(pp('apr-2026-metals', 'MX', 'steel', 'aluminum', 'copper')).toBeCloseTo(3.19, 2);
    expect(pp('jun-2026-equipment', 'CA', 'steel', 'aluminum', 'copper')).toBeCloseTo(3.84, 2);
    expect(pp('jun-2026-equipment', 'MX', 'steel', 'aluminum', 'copper')).toBeCloseTo(2.98, 2);
    // Pharmaceuticals at 100% x 0.8 x 0.6: 0.250 / 0.055; Section 338 on Canada: 2.39.
    expect(pp('dec-2026', 'CA', 'pharma')).toBeCloseTo(0.25, 2);
    expect(pp('dec-2026', 'MX', 'pharma')).toBeCloseTo(0.055, 2);
    expect(pp('dec-2026', 'CA', 'section338')).toBeCloseTo(2.39, 2);
    expect(pp('dec-2026', 'MX', 'section338')).toBe(0);
  });
});

describe('matchingPreset', () => {
  it('finds the preset a scenario equals (the latest of two equal ones), and nothing for an edited one', () => {
    // 22 Aug 2026 carries on unchanged to 1 Dec 2026: the same scenario is named by its latest date.
    for (const id of PRESET_IDS)
      expect(matchingPreset(presets[id].scenario)).toBe(id === 'aug-2026-section-338' ? 'dec-2026' : id);
    expect(matchingPreset({ ...presets['nov-2025'].scenario, caGeneral: 0.5 })).toBeNull();
  });
});
