// The dataset's runtime schema (zod/mini, the tree-shakable build: a few KB instead of ~50): the app validates dataset.json against it before the model sees it.
import { z } from 'zod/mini';
import { METALS, METALS_BASES, PERIODS, PROGRAMS_232, type Dataset } from '../model/types';

const share = z.number().check(z.gte(0), z.lte(1));
const usd = z.number().check(z.gte(0));
/**
 * Trade flows the model divides by: positive, and below a bound no real figure reaches (a sector's US imports are
 * at most ~$105B, a month's from one country ~$45B, a GDP ~$2.2T), so that a zero or a misplaced exponent is caught
 * here and never shows as NaN or ∞.
 */
const flow = (max: number) => z.number().check(z.gt(0), z.lte(max));
const SECTOR_MAX_USD = 1e12;
const MONTH_MAX_USD = 1e12;
const ECONOMY_MAX_USD = 1e14;

/** A calendar date that exists (2025-02-30 and 2025-13-45 do not). */
function realDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
const isoDate = z.string().check(z.refine(realDate, 'not a calendar date (YYYY-MM-DD)'));
const isoMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'not a month (YYYY-MM)'));

function byKeys<K extends string, T extends z.ZodMiniType>(keys: readonly K[], value: T) {
  return z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, T>);
}

const usmcaShares = z.object({
  all: share,
  non232: share,
  autos: share,
  autoParts: share,
  mhdTrucks: share,
  mhdParts: share,
});

const residual = z.object({ covered: share, exempt: share });

const sector = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  hsScope: z.string(),
  notes: z.string(),
  imports2024Usd: flow(SECTOR_MAX_USD),
  imports2025Usd: flow(SECTOR_MAX_USD),
  usmca: byKeys(PERIODS, usmcaShares),
  carveoutShare: share,
  mfnRate: share,
  mfnNonUsmca: byKeys(PERIODS, share),
  scope232: byKeys(PROGRAMS_232, share),
  coveredShare: share,
  sigmaBw: z.nullable(z.number().check(z.gt(0))),
  shares2026: z.object({
    s122: byKeys(METALS_BASES, residual),
    fl301: residual,
    metalsEq50: z.object({ annexApr: byKeys(METALS, share), annexJun: byKeys(METALS, share) }),
    metalsCoveredFull: z.object({ annexApr: share, annexJun: share }),
    scopes: z.record(z.string(), share),
    s338: z.object({ alcohol: share, dairy: share, motorVehicleBasket: share }),
  }),
});

const country = <C extends 'CA' | 'MX'>(id: C) =>
  z.object({
    id: z.literal(id),
    name: z.string(),
    gdpUsd: flow(ECONOMY_MAX_USD),
    totalExportsUsd: flow(ECONOMY_MAX_USD),
    totalExportsSource: z.string(),
    shareExportsToUs: share,
    sectors: z.array(sector).check(z.minLength(1)),
    special: z.object({ label: z.string(), imports2025Usd: flow(SECTOR_MAX_USD), notes: z.string() }),
  });

export const datasetSchema = z.object({
  version: z.string().check(z.minLength(1)),
  asOf: isoDate,
  baseYear: z.int(),
  countries: z.object({ CA: country('CA'), MX: country('MX') }),
  macro: z.array(
    z.object({
      country: z.string(),
      indicator: z.string(),
      value: z.number(),
      unit: z.string(),
      year: z.string(),
      source: z.string(),
      confidence: z.string(),
    }),
  ),
  monthlyUtilization: z.array(
    z.object({
      country: z.enum(['CA', 'MX']),
      month: isoMonth,
      importsUsd: flow(MONTH_MAX_USD),
      usmcaClaimedUsd: usd,
      usmcaShare: share,
    }),
  ),
  monthlyDuties: z.array(
    z.object({
      month: isoMonth,
      importsCanadaUsd: flow(MONTH_MAX_USD),
      importsMexicoUsd: flow(MONTH_MAX_USD),
      dutiableShareCanada: share,
      dutiableShareMexico: share,
      customsDutiesUsd: usd,
      usAggregateEffectiveRate: share,
    }),
  ),
  policyMeasures: z.array(
    z.object({
      measure: z.string(),
      country: z.string(),
      rate: z.string(),
      effectiveDate: z.string(),
      usmcaTreatment: z.string(),
      legalInstrument: z.string(),
      status: z.string(),
      source: z.string(),
      confidence: z.string(),
    }),
  ),
  context: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      text: z.string(),
      value: z.nullable(z.number()),
      unit: z.string(),
      source: z.string(),
      confidence: z.string(),
    }),
  ),
  counterMeasures: z.array(
    z.object({
      country: z.string(),
      measure: z.string(),
      rate: z.string(),
      effectiveDate: z.string(),
      scope: z.string(),
      status: z.string(),
      source: z.string(),
      confidence: z.string(),
    }),
  ),
  sourcesNote: z.string(),
});

// Compile-time proof that the schema and the model's Dataset type agree.
type Parsed = z.infer<typeof datasetSchema>;
export const schemaMatchesModel: (d: Parsed) => Dataset = (d) => d;

export function parseDataset(json: unknown): Dataset {
  return datasetSchema.parse(json);
}
