// Loading the dataset: a TanStack Query options factory; the JSON is validated before anything uses it.
import { nextTask } from '../lib/idle';
import { queryOptions } from '@tanstack/react-query';
import { t, type MessageKey } from '../i18n';
import type { ProductFile, ProductTextFile } from '../model/products';
import type { Dataset } from '../model/types';

export const DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;

export const datasetKeys = {
  all: ['dataset'] as const,
};

/** A dataset that could not be loaded or did not validate; worded when shown, in the language of that moment. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  readonly key: MessageKey;
  readonly params: Record<string, string>;
  constructor(key: MessageKey, params: Record<string, string> = {}) {
    super(key);
    this.key = key;
    this.params = params;
  }

  /** The message in the active language (the fetch may start before the dictionary has loaded). */
  text(): string {
    return t(this.key, this.params);
  }
}

/**
 * How long one download may take: 15 s is some 10 times the product table's 205 KB (gzipped) on a 1.44 Mbit/s link. The query
 * tries twice, so a server that never answers shows the error screen (with Retry) after about 31 s, never an
 * endless skeleton.
 */
export const DATASET_TIMEOUT_MS = 15_000;

/** One JSON file, with the timeout above; a failure is a DatasetError worded for the person. */
async function fetchJson(url: string, signal: AbortSignal | undefined, timeoutMs: number): Promise<unknown> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal });
    } catch (e) {
      if (timedOut) throw new DatasetError('data.error.timeout', { seconds: String(Math.round(timeoutMs / 1000)) });
      throw new DatasetError('data.error.download', { detail: e instanceof Error ? e.message : 'network error' });
    }
    if (!response.ok) throw new DatasetError('data.error.download', { detail: `HTTP ${response.status}` });
    try {
      return await response.json();
    } catch {
      if (timedOut) throw new DatasetError('data.error.timeout', { seconds: String(Math.round(timeoutMs / 1000)) });
      throw new DatasetError('data.error.json');
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The product table sits beside the dataset (data/products.json next to data/dataset.json). */
export const productsUrlOf = (datasetUrl: string) => datasetUrl.replace(/dataset\.json$/, 'products.json');
export const PRODUCT_TEXT_URL = `${import.meta.env.BASE_URL}data/product-text.json`;

/**
 * The dataset with its product lines attached (every figure comes from the product engine): both files are fetched
 * in parallel and must come from one build, or the person is told and can retry.
 */
export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  timeoutMs = DATASET_TIMEOUT_MS,
): Promise<Dataset> {
  // The schema (zod) and the product engine load beside the data, in parallel, out of the initial bundle.
  const schema = import('./schema');
  schema.catch(() => {}); // awaited below; a failure before then must not be reported as unhandled
  const engine = import('../model/products');
  engine.catch(() => {});
  const products = fetchJson(productsUrlOf(url), signal, timeoutMs);
  products.catch(() => {});
  const json = await fetchJson(url, signal, timeoutMs);
  const { datasetSchema } = await loadedChunk(schema, 'schema');
  await nextTask();
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DatasetError('data.error.damaged', {
      detail: first ? `${first.path.join('.')}: ${first.message}` : 'invalid',
    });
  }
  const file = await products;
  const { withProductsInSteps } = await loadedChunk(engine, 'engine');
  // Each step its own task (validation, then each country's product columns), so that a phone
  // is never blocked for long in one go before the first screen is live.
  await nextTask();
  let dataset: Dataset;
  try {
    dataset = await withProductsInSteps(parsed.data, file as ProductFile, nextTask);
  } catch (e) {
    throw new DatasetError('data.error.products', { detail: e instanceof Error ? e.message : 'invalid' });
  }
  await nextTask();
  return dataset;
}

/** A code chunk loaded beside the data; one that cannot be downloaded is a download error, worded for the person. */
async function loadedChunk<T>(chunk: Promise<T>, what: string): Promise<T> {
  try {
    return await chunk;
  } catch (e) {
    throw new DatasetError('data.error.download', { detail: e instanceof Error ? e.message : what });
  }
}

/** The products' words (search, the product panel, drill-down): fetched the first time one of them is used. */
export function productTextQueryOptions(url = PRODUCT_TEXT_URL) {
  return queryOptions({
    queryKey: ['product-text', url],
    queryFn: ({ signal }) => fetchJson(url, signal, DATASET_TIMEOUT_MS) as Promise<ProductTextFile>,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** The dataset is static reference data: fetched once, never stale. */
export function datasetQueryOptions(url = DATASET_URL) {
  return queryOptions({
    queryKey: [...datasetKeys.all, url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    // A download that failed before the screen mounted (while the static first screen waited for it) is shown
    // with its Retry, not silently tried again for another 30 s.
    retryOnMount: false,
  });
}
