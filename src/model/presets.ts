// Dated policy states of 2025–26 (presets): each a full scenario with its date; their words and sources are in
// presetDocs.ts (loaded where they are shown, not with the first screen).
import { ZERO_RATES } from './programs';
import type { Scenario } from './types';

export interface Preset {
  id: PresetId;
  /** ISO date the policy state took (or would take) effect. */
  date: string;
  /** True for a state that never happened. */
  hypothetical: boolean;
  scenario: Scenario;
}

/** US-assembly offset: 3.75% of MSRP for US-assembled vehicles x a 33% US-assembly share (MODEL.md). */
export const AUTO_OFFSET = 0.0375 * 0.33;

/** Everything off, 2024 USMCA use: the MFN-only world before 2025. */
const BASE: Scenario = {
  ...ZERO_RATES,
  caGeneral: 0,
  caEnergy: 0,
  mxGeneral: 0,
  mxPotash: 0,
  metalsBasis: 'content',
  s338Mode: 'duty',
  usmcaExemption: true,
  usmcaTerminated: false,
  utilization: 'observed',
  period: '2024',
  // Uniform shares start at the observed H2 2025 country totals (data/SOURCES.md): used only in 'uniform' mode.
  uniformCa: 0.927,
  uniformMx: 0.887,
  usContentShare: 0.4,
  autoOffset: AUTO_OFFSET,
  elasticityMode: 'uniform',
  elasticity: 1,
  elasticityMultiplier: 1,
};

const MARCH_COUNTRY = { caGeneral: 0.25, caEnergy: 0.1, mxGeneral: 0.25, mxPotash: 0.1 };
const AUGUST_COUNTRY = { caGeneral: 0.35, caEnergy: 0.1, mxGeneral: 0.25, mxPotash: 0.1 };
const METALS_25 = { steel: 0.25, aluminum: 0.25 };
const AUTOS_25 = { autos: 0.25, autoParts: 0.25 };
const METALS_50 = { steel: 0.5, aluminum: 0.5 };
const NOV_232 = {
  ...METALS_50,
  copper: 0.5,
  ...AUTOS_25,
  mhdTrucks: 0.25,
  mhdParts: 0.25,
  buses: 0.1,
  lumber: 0.1,
  furniture: 0.25,
};
/** 2026: the IEEPA tariffs void (country-wide rates 0), Section 122 at 10% with the 232 programs of November. */
const S122_2026: Partial<Scenario> = {
  caGeneral: 0,
  caEnergy: 0,
  mxGeneral: 0,
  mxPotash: 0,
  ...NOV_232,
  section122: 0.1,
};
/** From 24 Jul 2026: Section 122 gone, forced-labour 301 at 10%, the June metals tiers. */
const FL301_2026: Partial<Scenario> = { ...S122_2026, section122: 0, forcedLabor301: 0.1, metalsBasis: 'annexJun' };
/** From 22 Aug 2026 (current law on 1 Dec 2026): plus pharmaceuticals (100% in total) and Section 338 at 50%. */
const DEC_2026: Partial<Scenario> = { ...FL301_2026, pharma: 1, section338: 0.5 };

function preset(p: Omit<Preset, 'scenario'>, changes: Partial<Scenario>): Preset {
  return { ...p, scenario: { ...BASE, ...changes } };
}

export const PRESET_IDS = [
  'pre-2025',
  'feb-2025-announced',
  'mar-2025-usmca-exempt',
  'mar-2025-steel-25',
  'apr-2025-autos',
  'jun-2025-steel-50',
  'aug-2025-canada-35',
  'nov-2025',
  'nov-2025-no-exemption',
  'feb-2026-section-122',
  'apr-2026-metals',
  'jun-2026-equipment',
  'jul-2026-section-301',
  'aug-2026-section-338',
  'dec-2026',
  'dec-2026-no-exemption',
  'dec-2026-usmca-withdrawal',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const presets: Record<PresetId, Preset> = {
  'pre-2025': preset(
    {
      id: 'pre-2025',
      date: '2024-12-31',
      hypothetical: false,
    },
    {},
  ),
  'feb-2025-announced': preset(
    {
      id: 'feb-2025-announced',
      date: '2025-02-01',
      hypothetical: false,
    },
    { caGeneral: 0.25, caEnergy: 0.1, mxGeneral: 0.25, mxPotash: 0.25, usmcaExemption: false },
  ),
  'mar-2025-usmca-exempt': preset(
    {
      id: 'mar-2025-usmca-exempt',
      date: '2025-03-07',
      hypothetical: false,
    },
    { ...MARCH_COUNTRY, period: '2025h1' },
  ),
  'mar-2025-steel-25': preset(
    {
      id: 'mar-2025-steel-25',
      date: '2025-03-12',
      hypothetical: false,
    },
    { ...MARCH_COUNTRY, ...METALS_25, period: '2025h1' },
  ),
  'apr-2025-autos': preset(
    {
      id: 'apr-2025-autos',
      date: '2025-05-03',
      hypothetical: false,
    },
    { ...MARCH_COUNTRY, ...METALS_25, ...AUTOS_25, period: '2025h1' },
  ),
  'jun-2025-steel-50': preset(
    {
      id: 'jun-2025-steel-50',
      date: '2025-06-04',
      hypothetical: false,
    },
    { ...MARCH_COUNTRY, ...METALS_50, ...AUTOS_25, period: '2025h1' },
  ),
  'aug-2025-canada-35': preset(
    {
      id: 'aug-2025-canada-35',
      date: '2025-08-01',
      hypothetical: false,
    },
    { ...AUGUST_COUNTRY, ...METALS_50, copper: 0.5, ...AUTOS_25, period: '2025h2' },
  ),
  'nov-2025': preset(
    {
      id: 'nov-2025',
      date: '2025-11-01',
      hypothetical: false,
    },
    { ...AUGUST_COUNTRY, ...NOV_232, period: '2025h2' },
  ),
  'nov-2025-no-exemption': preset(
    {
      id: 'nov-2025-no-exemption',
      date: '2025-11-01',
      hypothetical: true,
    },
    { ...AUGUST_COUNTRY, ...NOV_232, period: '2025h2', usmcaExemption: false },
  ),
  'feb-2026-section-122': preset(
    {
      id: 'feb-2026-section-122',
      date: '2026-02-24',
      hypothetical: false,
    },
    { ...S122_2026, period: '2025h2' },
  ),
  'apr-2026-metals': preset(
    {
      id: 'apr-2026-metals',
      date: '2026-04-06',
      hypothetical: false,
    },
    { ...S122_2026, metalsBasis: 'annexApr', period: '2025h2' },
  ),
  'jun-2026-equipment': preset(
    {
      id: 'jun-2026-equipment',
      date: '2026-06-08',
      hypothetical: false,
    },
    { ...S122_2026, metalsBasis: 'annexJun', period: '2025h2' },
  ),
  'jul-2026-section-301': preset(
    {
      id: 'jul-2026-section-301',
      date: '2026-07-24',
      hypothetical: false,
    },
    { ...FL301_2026, period: '2025h2' },
  ),
  'aug-2026-section-338': preset(
    {
      id: 'aug-2026-section-338',
      date: '2026-08-22',
      hypothetical: false,
    },
    { ...DEC_2026, period: '2025h2' },
  ),
  'dec-2026': preset(
    {
      id: 'dec-2026',
      date: '2026-12-01',
      hypothetical: false,
    },
    { ...DEC_2026, period: '2025h2' },
  ),
  'dec-2026-no-exemption': preset(
    {
      id: 'dec-2026-no-exemption',
      date: '2026-12-01',
      hypothetical: true,
    },
    { ...DEC_2026, period: '2025h2', usmcaExemption: false },
  ),
  'dec-2026-usmca-withdrawal': preset(
    {
      id: 'dec-2026-usmca-withdrawal',
      date: '2026-12-01',
      hypothetical: true,
    },
    { ...DEC_2026, period: '2025h2', usmcaTerminated: true },
  ),
};

export const DEFAULT_PRESET_ID: PresetId = 'dec-2026';
/** The date the policy path is current to (the default preset's). */
export const POLICY_AS_OF = '2026-12-01';
/** The app's default scenario. */
export const DEFAULT_SCENARIO: Scenario = presets[DEFAULT_PRESET_ID].scenario;

/** The preset whose scenario is exactly this one, if any (a link without `preset=` still lights up its step). */
export function matchingPreset(s: Scenario): PresetId | null {
  const keys = Object.keys(s) as (keyof Scenario)[];
  // The latest first: a state that carries on unchanged (22 Aug to 1 Dec 2026) is named by its latest date.
  return [...PRESET_IDS].reverse().find((id) => keys.every((k) => presets[id].scenario[k] === s[k])) ?? null;
}

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}
