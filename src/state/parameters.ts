// The one table of scenario controls: label, unit, range, step, URL name and help; sliders, URL codec and CSV read it.
import { DEFAULT_SCENARIO } from '../model/presets';
import { PERIODS, type Period, type Scenario } from '../model/types';

export type ParamGroup = 'countryWide' | 'usmca' | 's232' | 'assumptions';

interface Common<K extends keyof Scenario> {
  key: K;
  /** Short, readable query parameter name. */
  url: string;
  label: string;
  help: string;
  group: ParamGroup;
  /** Shown on the advanced panel only. */
  advanced?: boolean;
}

/** A number shown to people in display units: percentages for rates and shares (value x 100). */
export interface NumberParam extends Common<NumericKey> {
  kind: 'number';
  /** Display unit: '%' means the scenario holds a fraction and people see value x 100. */
  unit: '%' | '×' | 'ε';
  min: number;
  max: number;
  step: number;
  /** When the measure took effect (Section 232 programs). */
  inForce?: string;
}

export interface BooleanParam extends Common<BooleanKey> {
  kind: 'boolean';
}

export interface ChoiceParam<K extends ChoiceKey = ChoiceKey> extends Common<K> {
  kind: 'choice';
  options: readonly { value: Scenario[K]; label: string }[];
}

export type NumericKey = {
  [K in keyof Scenario]: Scenario[K] extends number ? K : never;
}[keyof Scenario];
export type BooleanKey = 'usmcaExemption' | 'usmcaTerminated';
export type ChoiceKey = 'utilization' | 'period' | 'elasticityMode';
export type Param = NumberParam | BooleanParam | ChoiceParam;

const rate = (
  key: NumericKey,
  url: string,
  label: string,
  group: ParamGroup,
  help: string,
  extra: Partial<NumberParam> = {},
): NumberParam => ({ key, url, label, group, help, kind: 'number', unit: '%', min: 0, max: 100, step: 1, ...extra });

const s232 = (key: NumericKey, url: string, label: string, inForce: string, help: string) =>
  rate(key, url, label, 's232', help, { inForce, advanced: true });

export const PERIOD_LABELS: Record<Period, string> = {
  '2024': '2024 (before the tariffs)',
  '2025h1': '2025 H1',
  '2025h2': '2025 H2 (certification surge)',
};

export const PARAMS: readonly Param[] = [
  rate(
    'caGeneral',
    'ca',
    'Canada: general rate',
    'countryWide',
    'Tariff on Canadian goods that do not claim USMCA (35% from 1 Aug 2025).',
  ),
  rate(
    'caEnergy',
    'ca_energy',
    'Canada: energy, critical minerals & potash',
    'countryWide',
    'Reduced rate on the energy and potash list (10% in 2025).',
  ),
  rate(
    'mxGeneral',
    'mx',
    'Mexico: general rate',
    'countryWide',
    'Tariff on Mexican goods that do not claim USMCA (25% in 2025).',
  ),
  rate('mxPotash', 'mx_potash', 'Mexico: potash', 'countryWide', 'Reduced rate on Mexican potash (10% in 2025).'),
  {
    key: 'usmcaExemption',
    url: 'usmca',
    label: 'USMCA exemption',
    kind: 'boolean',
    group: 'usmca',
    help: 'On: goods that claim USMCA skip the country-wide tariff, USMCA auto and truck parts skip Section 232, USMCA vehicles pay 232 only on non-US content.',
  },
  {
    key: 'utilization',
    url: 'util',
    label: 'USMCA use',
    kind: 'choice',
    group: 'usmca',
    help: 'Observed: the share of each sector that claimed USMCA in a period. Uniform: one share for every sector of a country.',
    options: [
      { value: 'observed', label: 'Observed in a period' },
      { value: 'uniform', label: 'One share per country' },
    ],
  },
  {
    key: 'period',
    url: 'period',
    label: 'Period of observed USMCA use',
    kind: 'choice',
    group: 'usmca',
    help: 'Claim shares applied to the 2024 basket. Claims jumped in mid-2025 once the exemption made certification pay.',
    options: PERIODS.map((p) => ({ value: p, label: PERIOD_LABELS[p] })),
  },
  rate(
    'uniformCa',
    'util_ca',
    'Canada: share claiming USMCA',
    'usmca',
    'Replaces every observed Canadian share (uniform mode).',
  ),
  rate(
    'uniformMx',
    'util_mx',
    'Mexico: share claiming USMCA',
    'usmca',
    'Replaces every observed Mexican share (uniform mode).',
  ),
  {
    key: 'usmcaTerminated',
    url: 'terminated',
    label: 'USMCA terminated',
    kind: 'boolean',
    group: 'usmca',
    advanced: true,
    help: 'Hypothetical: the agreement ends. No USMCA relief at all, and MFN duties on every good.',
  },
  s232(
    'steel',
    'steel',
    'Steel',
    '2025-03-12',
    'Section 232 steel, on metal content of derivatives. 25% from 12 Mar 2025, 50% from 4 Jun 2025.',
  ),
  s232(
    'aluminum',
    'aluminum',
    'Aluminum',
    '2025-03-12',
    'Section 232 aluminum, on metal content. 25% from 12 Mar 2025, 50% from 4 Jun 2025.',
  ),
  s232(
    'copper',
    'copper',
    'Copper',
    '2025-08-01',
    'Section 232 copper (semi-finished and derivatives, on copper content), 50% from 1 Aug 2025.',
  ),
  s232(
    'autos',
    'autos',
    'Autos',
    '2025-04-03',
    'Passenger vehicles and light trucks, 25% from 3 Apr 2025; USMCA vehicles pay on non-US content.',
  ),
  s232(
    'autoParts',
    'auto_parts',
    'Auto parts',
    '2025-05-03',
    'Auto parts, 25% from 3 May 2025; USMCA-qualifying parts exempt.',
  ),
  s232(
    'mhdTrucks',
    'mhd_trucks',
    'Medium & heavy trucks',
    '2025-11-01',
    '25% from 1 Nov 2025; USMCA trucks pay on non-US content.',
  ),
  s232('mhdParts', 'mhd_parts', 'Truck parts', '2025-11-01', '25% from 1 Nov 2025; USMCA-qualifying parts exempt.'),
  s232('buses', 'buses', 'Buses', '2025-11-01', '10% from 1 Nov 2025, no USMCA relief.'),
  s232(
    'lumber',
    'lumber',
    'Softwood lumber',
    '2025-10-14',
    '10% from 14 Oct 2025, no USMCA relief (anti-dumping duties come on top and are not modelled).',
  ),
  s232(
    'furniture',
    'furniture',
    'Upholstered furniture & cabinets',
    '2025-10-14',
    '25% from 14 Oct 2025, no USMCA relief.',
  ),
  rate(
    'usContentShare',
    'us_content',
    'US content of USMCA vehicles',
    'assumptions',
    'Share of a USMCA vehicle’s value that is US content and so pays no autos tariff. Assumption: 40%.',
    {
      advanced: true,
    },
  ),
  rate(
    'autoOffset',
    'offset',
    'Auto offset',
    'assumptions',
    'Subtracted from the autos and parts rates: 3.75% of MSRP for US-assembled vehicles x a 33% US-assembly share = 1.24%. Assumption.',
    {
      advanced: true,
      max: 3.75,
      step: 0.01,
    },
  ),
  {
    key: 'elasticityMode',
    url: 'response',
    label: 'Trade response',
    kind: 'choice',
    group: 'assumptions',
    help: 'Short run: one elasticity for every sector (1.0, about a year). Long run: each sector’s Broda–Weinstein elasticity, capped at 8.',
    options: [
      { value: 'uniform', label: 'Short run (uniform)' },
      { value: 'sector', label: 'Long run (by sector)' },
    ],
  },
  {
    key: 'elasticity',
    url: 'elasticity',
    label: 'Uniform elasticity',
    kind: 'number',
    unit: 'ε',
    min: 0,
    max: 5,
    step: 0.1,
    group: 'assumptions',
    help: 'How strongly imports fall as their price rises: 1.0 means a 10% higher price cuts volume by about 9%. Assumption.',
  },
  {
    key: 'elasticityMultiplier',
    url: 'elasticity_x',
    label: 'Elasticity multiplier',
    kind: 'number',
    unit: '×',
    min: 0,
    max: 3,
    step: 0.1,
    group: 'assumptions',
    help: 'Scales every elasticity: below 1 for stickier trade, above 1 for faster switching. Assumption.',
  },
];

export const PARAM_BY_KEY = Object.fromEntries(PARAMS.map((p) => [p.key, p])) as Record<keyof Scenario, Param>;

export function numberParam(key: NumericKey): NumberParam {
  return PARAM_BY_KEY[key] as NumberParam;
}

/** Scenario value -> what people see (35 for 0.35). */
export function toDisplay(p: NumberParam, value: number): number {
  return p.unit === '%' ? round(value * 100, 6) : value;
}

/** What people typed -> scenario value (0.35 for 35). */
export function fromDisplay(p: NumberParam, display: number): number {
  return p.unit === '%' ? round(display / 100, 8) : display;
}

/** Clamp to the range and snap to the step (display units). */
export function clampToStep(p: NumberParam, display: number): number {
  const clamped = Math.min(p.max, Math.max(p.min, display));
  const decimals = (String(p.step).split('.')[1] ?? '').length;
  return round(Math.round((clamped - p.min) / p.step) * p.step + p.min, decimals);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export { DEFAULT_SCENARIO };
