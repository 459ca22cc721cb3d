// Dated policy states of 2025–26 (presets): each a full scenario, with its date, description and sources.
import type { Scenario } from './types';

export interface Preset {
  id: PresetId;
  label: string;
  /** ISO date the policy state took (or would take) effect. */
  date: string;
  description: string;
  sources: string[];
  /** True for a state that never happened. */
  hypothetical: boolean;
  scenario: Scenario;
}

/** US-assembly offset: 3.75% of MSRP for US-assembled vehicles x a 33% US-assembly share (MODEL.md). */
export const AUTO_OFFSET = 0.0375 * 0.33;

/** Everything off, 2024 USMCA use: the MFN-only world before 2025. */
const BASE: Scenario = {
  caGeneral: 0,
  caEnergy: 0,
  mxGeneral: 0,
  mxPotash: 0,
  steel: 0,
  aluminum: 0,
  copper: 0,
  autos: 0,
  autoParts: 0,
  mhdTrucks: 0,
  mhdParts: 0,
  buses: 0,
  lumber: 0,
  furniture: 0,
  pharma: 0,
  section122: 0,
  forcedLabor301: 0,
  section338: 0,
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

const S = {
  eoFeb: 'EO 14193 (Canada) and EO 14194 (Mexico), 1 Feb 2025; HTS 9903.01.01/.10',
  usmcaMar: 'Amendments of 2 and 6 Mar 2025 exempting USMCA-qualifying goods from 7 Mar 2025 (HTS 9903.01.04)',
  energy: 'HTS 9903.01.13 energy & critical minerals, 9903.01.15 / 9903.01.05 potash (10%)',
  steel25: 'Proclamations 10895/10896: Section 232 steel and aluminum 25%, 12 Mar 2025',
  autos: 'Proclamation 10908: Section 232 autos 25% (3 Apr 2025) and auto parts 25% (3 May 2025)',
  steel50: 'Proclamation 10947: steel and aluminum 50%, 4 Jun 2025 (90 FR 24199)',
  ca35: 'EO of 31 Jul 2025 raising Canada to 35% from 1 Aug 2025; CBP CSMS #65798609',
  copper: 'Proclamation of 30 Jul 2025: Section 232 copper 50% (HTS 9903.78.01), 1 Aug 2025',
  lumber: 'Proclamation of 29 Sep 2025: lumber 10%, upholstered furniture and cabinets 25%, 14 Oct 2025',
  trucks: 'Proclamation 10984 (90 FR 48451): MHD trucks and parts 25%, buses 10%, 1 Nov 2025',
  scotus: 'Learning Resources v. Trump, 20 Feb 2026: IEEPA tariffs struck down',
  s122: 'Proclamation of 20 Feb 2026: Section 122 10% surcharge, USMCA goods exempt, 24 Feb 2026',
  usmcaData: 'USMCA shares: USITC DataWeb via Budget-Lab-Yale/tariff-rate-tracker (see data/SOURCES.md)',
  metalsApr: 'Proclamation of 2 Apr 2026: metals annexes I-A 50%, I-B 25%, III 15% floor, II removed (US note 16(c))',
  metalsJun: 'Proclamation 11032 of 1 Jun 2026: Annex I-C and moves between tiers, from 8 Jun 2026',
  fl301: 'USTR notice FR 2026-15181: Section 301 forced-labour 10% from 24 Jul 2026, USMCA goods exempt',
  pharma: 'Proclamation 11020: Section 232 pharmaceuticals, patented drugs to 100% from 31 Jul 2026',
  s338: 'Proclamations 11046-11048 (FR 2026-14991/-14992/-14997): Section 338 50% on three Canadian baskets, 22 Aug 2026',
  review: 'USMCA joint review, 1 Jul 2026: the United States declines the 16-year extension; annual reviews follow',
};

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
      label: 'Before 2025 (MFN only)',
      date: '2024-12-31',
      description: 'Only most-favoured-nation duties on goods that do not claim USMCA; 2024 USMCA use.',
      sources: [S.usmcaData],
      hypothetical: false,
    },
    {},
  ),
  'feb-2025-announced': preset(
    {
      id: 'feb-2025-announced',
      label: '1 Feb 2025 announcement',
      date: '2025-02-01',
      description: 'Canada 25% (energy 10%), Mexico 25% on all goods, no USMCA exemption, as first announced.',
      sources: [S.eoFeb, S.energy],
      hypothetical: false,
    },
    { caGeneral: 0.25, caEnergy: 0.1, mxGeneral: 0.25, mxPotash: 0.25, usmcaExemption: false },
  ),
  'mar-2025-usmca-exempt': preset(
    {
      id: 'mar-2025-usmca-exempt',
      label: '7 Mar 2025: USMCA goods exempted',
      date: '2025-03-07',
      description: 'Country-wide 25% (energy and potash 10%) only on goods that do not claim USMCA.',
      sources: [S.eoFeb, S.usmcaMar, S.energy],
      hypothetical: false,
    },
    { ...MARCH_COUNTRY, period: '2025h1' },
  ),
  'mar-2025-steel-25': preset(
    {
      id: 'mar-2025-steel-25',
      label: '12 Mar 2025: steel & aluminum 25%',
      date: '2025-03-12',
      description: 'Section 232 steel and aluminum at 25%, with no USMCA relief, on top of March.',
      sources: [S.usmcaMar, S.steel25],
      hypothetical: false,
    },
    { ...MARCH_COUNTRY, ...METALS_25, period: '2025h1' },
  ),
  'apr-2025-autos': preset(
    {
      id: 'apr-2025-autos',
      label: 'Apr–May 2025: autos & parts 25%',
      date: '2025-05-03',
      description: 'Autos 25% (USMCA vehicles on non-US content) and auto parts 25% (USMCA parts exempt).',
      sources: [S.usmcaMar, S.steel25, S.autos],
      hypothetical: false,
    },
    { ...MARCH_COUNTRY, ...METALS_25, ...AUTOS_25, period: '2025h1' },
  ),
  'jun-2025-steel-50': preset(
    {
      id: 'jun-2025-steel-50',
      label: '4 Jun 2025: steel & aluminum 50%',
      date: '2025-06-04',
      description: 'Steel and aluminum doubled to 50%; autos and parts stay at 25%.',
      sources: [S.usmcaMar, S.autos, S.steel50],
      hypothetical: false,
    },
    { ...MARCH_COUNTRY, ...METALS_50, ...AUTOS_25, period: '2025h1' },
  ),
  'aug-2025-canada-35': preset(
    {
      id: 'aug-2025-canada-35',
      label: '1 Aug 2025: Canada 35%, copper 50%',
      date: '2025-08-01',
      description: 'Canada country-wide rate raised to 35%; copper joins the 50% metals; H2 2025 USMCA use.',
      sources: [S.ca35, S.copper, S.steel50, S.autos],
      hypothetical: false,
    },
    { ...AUGUST_COUNTRY, ...METALS_50, copper: 0.5, ...AUTOS_25, period: '2025h2' },
  ),
  'nov-2025': preset(
    {
      id: 'nov-2025',
      label: 'Nov 2025: the full set',
      date: '2025-11-01',
      description: 'August rates plus lumber 10%, furniture 25% (14 Oct) and trucks 25%, buses 10% (1 Nov).',
      sources: [S.ca35, S.steel50, S.copper, S.autos, S.lumber, S.trucks],
      hypothetical: false,
    },
    { ...AUGUST_COUNTRY, ...NOV_232, period: '2025h2' },
  ),
  'nov-2025-no-exemption': preset(
    {
      id: 'nov-2025-no-exemption',
      label: 'Hypothetical: Nov 2025 without the USMCA exemption',
      date: '2025-11-01',
      description: 'The November rates with no USMCA relief at all: the outcome negotiators fear.',
      sources: [S.ca35, S.steel50, S.copper, S.autos, S.lumber, S.trucks],
      hypothetical: true,
    },
    { ...AUGUST_COUNTRY, ...NOV_232, period: '2025h2', usmcaExemption: false },
  ),
  'feb-2026-section-122': preset(
    {
      id: 'feb-2026-section-122',
      label: 'Feb 2026: IEEPA struck down, Section 122 10%',
      date: '2026-02-24',
      description:
        'IEEPA tariffs void; a 10% Section 122 surcharge on goods outside USMCA and Section 232, less its exemptions (energy, minerals, fertilizers, pharmaceuticals, many electronics); 232 as in November.',
      sources: [S.scotus, S.s122, S.steel50, S.copper, S.autos, S.lumber, S.trucks],
      hypothetical: false,
    },
    { ...S122_2026, period: '2025h2' },
  ),
  'apr-2026-metals': preset(
    {
      id: 'apr-2026-metals',
      label: '6 Apr 2026: metals tiers on full value',
      date: '2026-04-06',
      description:
        'Steel, aluminum and copper move to annex tiers on full value (I-A 50%, I-B 25%, Annex III a 15% floor, Annex II removed), with no USMCA relief; Section 122 goes on.',
      sources: [S.metalsApr, S.s122],
      hypothetical: false,
    },
    { ...S122_2026, metalsBasis: 'annexApr', period: '2025h2' },
  ),
  'jun-2026-equipment': preset(
    {
      id: 'jun-2026-equipment',
      label: '8 Jun 2026: Annex I-C (mobile industrial equipment)',
      date: '2026-06-08',
      description:
        'Proclamation 11032 adds Annex I-C (USMCA steel 25% on non-US content, at least 15%) and moves lines between tiers.',
      sources: [S.metalsJun, S.s122],
      hypothetical: false,
    },
    { ...S122_2026, metalsBasis: 'annexJun', period: '2025h2' },
  ),
  'jul-2026-section-301': preset(
    {
      id: 'jul-2026-section-301',
      label: '24 Jul 2026: Section 122 ends, forced-labour 301 starts',
      date: '2026-07-24',
      description:
        'Section 122 lapses on 23 Jul; a 10% Section 301 forced-labour duty replaces it, USMCA and 232 goods excluded. On 1 Jul the United States declined to extend the USMCA, which moves to annual reviews.',
      sources: [S.fl301, S.review, S.metalsJun],
      hypothetical: false,
    },
    { ...FL301_2026, period: '2025h2' },
  ),
  'aug-2026-section-338': preset(
    {
      id: 'aug-2026-section-338',
      label: '22 Aug 2026: Section 338 on Canada, pharmaceuticals',
      date: '2026-08-22',
      description:
        'A 50% Section 338 duty on three baskets of Canadian goods (alcohol, dairy, a consumer-goods list), no USMCA relief; Section 232 on patented pharmaceuticals from 31 Jul.',
      sources: [S.s338, S.pharma, S.fl301, S.metalsJun],
      hypothetical: false,
    },
    { ...DEC_2026, period: '2025h2' },
  ),
  'dec-2026': preset(
    {
      id: 'dec-2026',
      label: 'Dec 2026: current law',
      date: '2026-12-01',
      description:
        'US tariffs on Canada and Mexico in force on 1 Dec 2026: metals tiers, the heading 232 programs, pharmaceuticals, forced-labour 301 and Section 338 on Canada.',
      sources: [S.metalsJun, S.fl301, S.pharma, S.s338, S.autos, S.lumber, S.trucks],
      hypothetical: false,
    },
    { ...DEC_2026, period: '2025h2' },
  ),
  'dec-2026-no-exemption': preset(
    {
      id: 'dec-2026-no-exemption',
      label: 'Hypothetical: Dec 2026 without the USMCA exemption',
      date: '2026-12-01',
      description:
        'The December 2026 rates with USMCA relief switched off: USMCA goods pay forced-labour 301 and the full 232 rates.',
      sources: [S.metalsJun, S.fl301, S.pharma, S.s338, S.review],
      hypothetical: true,
    },
    { ...DEC_2026, period: '2025h2', usmcaExemption: false },
  ),
  'dec-2026-usmca-withdrawal': preset(
    {
      id: 'dec-2026-usmca-withdrawal',
      label: 'Hypothetical: US withdrawal from the USMCA',
      date: '2026-12-01',
      description:
        'The December 2026 rates with the agreement gone: no USMCA relief anywhere, and MFN on every good that claimed it.',
      sources: [S.metalsJun, S.fl301, S.pharma, S.s338, S.review],
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
