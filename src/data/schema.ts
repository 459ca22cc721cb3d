// The dataset's runtime schema (zod/mini, the tree-shakable build: a few KB instead of ~50): the app validates dataset.json against it before the model sees it.
import { z } from 'zod/mini';
import { PERIODS, PROGRAMS_232, type Dataset } from '../model/types';

const share = z.number().check(z.gte(0), z.lte(1));
const usd = z.number().check(z.gte(0));

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

const sector = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  hsScope: z.string(),
  notes: z.string(),
  imports2024Usd: usd,
  imports2025Usd: usd,
  usmca: byKeys(PERIODS, usmcaShares),
  carveoutShare: share,
  mfnRate: share,
  mfnNonUsmca: byKeys(PERIODS, share),
  scope232: byKeys(PROGRAMS_232, share),
  coveredShare: share,
  sigmaBw: z.nullable(z.number().check(z.gt(0))),
});

const country = <C extends 'CA' | 'MX'>(id: C) =>
  z.object({
    id: z.literal(id),
    name: z.string(),
    gdpUsd: usd,
    totalExportsUsd: usd,
    totalExportsSource: z.string(),
    shareExportsToUs: share,
    sectors: z.array(sector).check(z.minLength(1)),
    special: z.object({ label: z.string(), imports2025Usd: usd, notes: z.string() }),
  });

export const datasetSchema = z.object({
  version: z.string().check(z.minLength(1)),
  asOf: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
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
      month: z.string(),
      importsUsd: usd,
      usmcaClaimedUsd: usd,
      usmcaShare: share,
    }),
  ),
  monthlyDuties: z.array(
    z.object({
      month: z.string(),
      importsCanadaUsd: usd,
      importsMexicoUsd: usd,
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
  sourcesNote: z.string(),
});

// Compile-time proof that the schema and the model's Dataset type agree.
type Parsed = z.infer<typeof datasetSchema>;
export const schemaMatchesModel: (d: Parsed) => Dataset = (d) => d;

export function parseDataset(json: unknown): Dataset {
  return datasetSchema.parse(json);
}
