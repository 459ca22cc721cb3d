// Types and fixed vocabularies of the tariff model: countries, periods, programs, dataset, scenario, result.

export const COUNTRIES = ['CA', 'MX'] as const;
export type Country = (typeof COUNTRIES)[number];

/** USMCA utilization periods: observed claim shares applied to the 2024 basket. */
export const PERIODS = ['2024', '2025h1', '2025h2'] as const;
export type Period = (typeof PERIODS)[number];

/** Section 232 programs, in the order the app lists them. */
export const PROGRAMS_232 = [
  'steel',
  'aluminum',
  'copper',
  'autos',
  'autoParts',
  'mhdTrucks',
  'mhdParts',
  'buses',
  'lumber',
  'furniture',
] as const;
export type Program232 = (typeof PROGRAMS_232)[number];

/** Every slice of the effective tariff rate: MFN, the country-wide tariff, each 232 program. */
export const PROGRAMS = ['mfn', 'countryWide', ...PROGRAMS_232] as const;
export type Program = (typeof PROGRAMS)[number];

/** USMCA claim shares (fractions of value) for one sector and period. */
export interface UsmcaShares {
  /** Whole sector. */
  all: number;
  /** Value outside Section 232 coverage: the base of the country-wide tariff. */
  non232: number;
  autos: number;
  autoParts: number;
  mhdTrucks: number;
  mhdParts: number;
}

export interface Sector {
  id: string;
  label: string;
  hsScope: string;
  notes: string;
  /** US imports for consumption in 2024, USD (the base year). */
  imports2024Usd: number;
  /** US imports in 2025, USD: what actually happened (reality check only). */
  imports2025Usd: number;
  usmca: Record<Period, UsmcaShares>;
  /** Share of value on the reduced-rate list (Canada: energy, critical minerals, potash; Mexico: potash). */
  carveoutShare: number;
  /** Average MFN ad valorem rate of the sector (fraction). */
  mfnRate: number;
  /** MFN rate on the non-USMCA part only, by period (fraction). */
  mfnNonUsmca: Record<Period, number>;
  /** Share of value inside each 232 program's scope (metal programs: metal content). */
  scope232: Record<Program232, number>;
  /** Share of value a 232 program covers (the country-wide tariff does not stack on it). */
  coveredShare: number;
  /** Broda–Weinstein elasticity of substitution; null where no match. */
  sigmaBw: number | null;
}

export interface SourcedFigure {
  value: number;
  unit: string;
  year: string;
  source: string;
  confidence: string;
}

export interface CountryData {
  id: Country;
  name: string;
  /** GDP 2024, current USD. */
  gdpUsd: number;
  /** Total merchandise exports 2024, USD (Canada's is derived: see its source). */
  totalExportsUsd: number;
  totalExportsSource: string;
  /** Share of the country's merchandise exports that go to the US (fraction). */
  shareExportsToUs: number;
  sectors: Sector[];
  /** Chapters 98/99 (US goods returned etc.): shown apart, outside rates and totals. */
  special: { label: string; imports2025Usd: number; notes: string };
}

export interface MonthlyUtilization {
  country: Country;
  month: string;
  importsUsd: number;
  usmcaClaimedUsd: number;
  usmcaShare: number;
}

export interface MonthlyDuties {
  month: string;
  importsCanadaUsd: number;
  importsMexicoUsd: number;
  dutiableShareCanada: number;
  dutiableShareMexico: number;
  /** US customs duties collected from all countries (Treasury), USD. */
  customsDutiesUsd: number;
  usAggregateEffectiveRate: number;
}

export interface PolicyMeasure {
  measure: string;
  country: string;
  rate: string;
  effectiveDate: string;
  usmcaTreatment: string;
  legalInstrument: string;
  status: string;
  source: string;
  confidence: string;
}

/** A sourced fact for the context panel; `value` is set where the figure is derived from the data. */
export interface ContextFact {
  id: string;
  label: string;
  text: string;
  value: number | null;
  unit: string;
  source: string;
  confidence: string;
}

export interface Dataset {
  /** Changes whenever any source figure changes. */
  version: string;
  /** Latest month the data covers (YYYY-MM-DD). */
  asOf: string;
  baseYear: number;
  countries: Record<Country, CountryData>;
  macro: (SourcedFigure & { country: string; indicator: string })[];
  monthlyUtilization: MonthlyUtilization[];
  monthlyDuties: MonthlyDuties[];
  policyMeasures: PolicyMeasure[];
  context: ContextFact[];
  sourcesNote: string;
}

export type UtilizationMode = 'observed' | 'uniform';
export type ElasticityMode = 'uniform' | 'sector';

/** A tariff scenario. Rates are fractions (0.35 = 35%). */
export interface Scenario {
  /** Country-wide tariff on Canadian goods outside USMCA. */
  caGeneral: number;
  /** Canada energy, critical minerals and potash. */
  caEnergy: number;
  /** Country-wide tariff on Mexican goods outside USMCA. */
  mxGeneral: number;
  /** Mexico potash. */
  mxPotash: number;
  steel: number;
  aluminum: number;
  copper: number;
  autos: number;
  autoParts: number;
  mhdTrucks: number;
  mhdParts: number;
  buses: number;
  lumber: number;
  furniture: number;
  /** USMCA-qualifying goods exempt from the country-wide tariff and (parts) from 232; vehicles pay on non-US content. */
  usmcaExemption: boolean;
  /** USMCA ended: no USMCA relief at all, and MFN on every good. */
  usmcaTerminated: boolean;
  utilization: UtilizationMode;
  period: Period;
  /** Uniform USMCA share for every Canadian sector (utilization = 'uniform'). */
  uniformCa: number;
  uniformMx: number;
  /** US content of USMCA-qualifying vehicles (fraction of value). */
  usContentShare: number;
  /** Offset subtracted from the autos and auto-parts rates (fraction of value). */
  autoOffset: number;
  elasticityMode: ElasticityMode;
  /** Uniform trade elasticity (uniform mode; also the fallback where a sector has no sigma). */
  elasticity: number;
  elasticityMultiplier: number;
}

export type ProgramBreakdown = Record<Program, number>;

export interface SectorResult {
  id: string;
  label: string;
  importsUsd: number;
  exposedUsd: number;
  dutyUsd: number;
  /** Duty / imports (fraction). */
  etr: number;
  dutyAfterResponseUsd: number;
  exportChangeUsd: number;
  /** exportChangeUsd / importsUsd (fraction, negative = fall). */
  exportChangePct: number;
  /** Contribution of each program to the sector's ETR, fractions of the sector's imports. */
  byProgram: ProgramBreakdown;
}

export interface CountryResult {
  country: Country;
  importsUsd: number;
  /** Imports facing any new (non-MFN) tariff, USD. */
  exposedUsd: number;
  exposedShare: number;
  dutyUsd: number;
  etr: number;
  dutyAfterResponseUsd: number;
  exportChangeUsd: number;
  /** Fractions: of exports to the US, of GDP, of total merchandise exports. */
  exportChangePct: number;
  exportChangePctGdp: number;
  exportChangePctExports: number;
  /** Contribution of each program to the country's ETR, fractions of the country's imports. */
  byProgram: ProgramBreakdown;
  bySector: SectorResult[];
}

export interface SimulationResult {
  baseYear: number;
  dataVersion: string;
  countries: Record<Country, CountryResult>;
}
