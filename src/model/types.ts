// Types and fixed vocabularies of the tariff model: countries, periods, programs, dataset, scenario, result.
import { PROGRAMS, type ProgramId, type RateProgramId } from './programs';
import type { ProductLines } from './products';

export { PROGRAMS };

export const COUNTRIES = ['CA', 'MX'] as const;
export type Country = (typeof COUNTRIES)[number];

/** USMCA utilization periods: observed claim shares applied to the 2024 basket. */
export const PERIODS = ['2024', '2025h1', '2025h2'] as const;
export type Period = (typeof PERIODS)[number];

/** The Section 232 programs with a scope column in sectors.csv (`scope232` of a sector). */
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

/** Every slice of the effective tariff rate: one per row of the program table (programs.ts). */
export type Program = ProgramId;

/**
 * Which Section 232 metals rules are in force: until 5 April 2026 the metal content of listed goods pays the metal
 * rate; from 6 April the annex tiers are charged on full value (I-A at the full rate, I-B at half, Annex III a 15%
 * floor); from 8 June Proclamation 11032 adds Annex I-C and moves lines between tiers.
 */
export const METALS_BASES = ['content', 'annexApr', 'annexJun'] as const;
export type MetalsBasis = (typeof METALS_BASES)[number];
export type Metal = 'steel' | 'aluminum' | 'copper';
export const METALS: readonly Metal[] = ['steel', 'aluminum', 'copper'];

/**
 * The base of a program charged on value outside Section 232 (Section 122, forced-labour 301): the share 232 covers,
 * the USMCA share of the rest (from the data; the scenario's own USMCA settings are used instead), and the share of
 * the base on the program's exemption lists.
 */
export interface ResidualShares {
  covered: number;
  exempt: number;
}

/** The 2026 programs' per-sector shares (sector_shares_2026.csv; fractions of the sector's 2024 value). */
export interface Shares2026 {
  /** Section 122, by the metals rules in force while it ran (content: Feb, annexApr: Apr, annexJun: Jun). */
  s122: Record<MetalsBasis, ResidualShares>;
  /** Section 301 forced labour (its exemptions: the proposed Annex A). */
  fl301: ResidualShares;
  /** Annex tiers: duty / (50% x value) of each metal, so that rate x share is the tiered duty at that rate. */
  metalsEq50: Record<Exclude<MetalsBasis, 'content'>, Record<Metal, number>>;
  /** Share of value in any annex tier (full-value coverage, out of the Section 122 / 301 base). */
  metalsCoveredFull: Record<Exclude<MetalsBasis, 'content'>, number>;
  /**
   * The scope of each program that reads its own column of sector_shares_2026.csv (a program's `scopeColumn`):
   * the share of the sector's value on its list, by program id (pharmaceuticals: the note 40(c) list).
   */
  scopes: Record<string, number>;
  /** Section 338 baskets (Canada): value on each Annex II list and not under Section 232. */
  s338: { alcohol: number; dairy: number; motorVehicleBasket: number };
}

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
  shares2026: Shares2026;
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
  /**
   * The product table (HTS10 lines of 2024), compiled for the product engine; attached once loaded. Where it is
   * present every result comes from it (simulate.ts).
   */
  products?: ProductLines;
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

/** A measure of Canada or Mexico on US goods (retaliation.csv): context only, not in the model's numbers. */
export interface CounterMeasure {
  country: string;
  measure: string;
  /** As the source words it ("25%", "removed", "n/a"). */
  rate: string;
  /** ISO date when the source gives a day; otherwise the source's own words (a year). */
  effectiveDate: string;
  scope: string;
  status: string;
  source: string;
  confidence: string;
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
  /** The other side of the border: counter-tariffs on US goods, sourced rows only. */
  counterMeasures: CounterMeasure[];
  sourcesNote: string;
}

export type UtilizationMode = 'observed' | 'uniform';
export type ElasticityMode = 'uniform' | 'sector';

/** Section 338 from 29 Sep 2026: a 50% duty, or (reported, low confidence) import bans that remove that trade. */
export type S338Mode = 'duty' | 'ban';

/** One rate per program of the table (fractions), keyed by program id; the country-wide tariff's are below. */
export type ProgramRates = { [K in RateProgramId]: number };

/** A tariff scenario. Rates are fractions (0.35 = 35%). */
export interface Scenario extends ProgramRates {
  /** Country-wide tariff on Canadian goods outside USMCA. */
  caGeneral: number;
  /** Canada energy, critical minerals and potash. */
  caEnergy: number;
  /** Country-wide tariff on Mexican goods outside USMCA. */
  mxGeneral: number;
  /** Mexico potash. */
  mxPotash: number;
  /** Which Section 232 metals rules apply: metal content (to 5 Apr 2026), or the annex tiers of April or June. */
  metalsBasis: MetalsBasis;
  s338Mode: S338Mode;
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
