// Loading the dataset: a TanStack Query options factory; the JSON is validated before anything uses it.
import { queryOptions } from '@tanstack/react-query';
import { t, type MessageKey } from '../i18n';
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
 * How long one download of the dataset may take: 15 s is some 40 times its ~60 KB on a 1.44 Mbit/s link. The query
 * tries twice, so a server that never answers shows the error screen (with Retry) after about 31 s, never an
 * endless skeleton.
 */
export const DATASET_TIMEOUT_MS = 15_000;

export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  timeoutMs = DATASET_TIMEOUT_MS,
): Promise<Dataset> {
  // The schema (zod) loads beside the data, in parallel, so it stays out of the initial bundle.
  const schema = import('./schema');
  schema.catch(() => {}); // awaited below; a failure before then must not be reported as unhandled
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  let json: unknown;
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
      json = await response.json();
    } catch {
      if (timedOut) throw new DatasetError('data.error.timeout', { seconds: String(Math.round(timeoutMs / 1000)) });
      throw new DatasetError('data.error.json');
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  let datasetSchema: (typeof import('./schema'))['datasetSchema'];
  try {
    ({ datasetSchema } = await schema);
  } catch (e) {
    throw new DatasetError('data.error.download', { detail: e instanceof Error ? e.message : 'schema' });
  }
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DatasetError('data.error.damaged', {
      detail: first ? `${first.path.join('.')}: ${first.message}` : 'invalid',
    });
  }
  return parsed.data;
}

/** The dataset is static reference data: fetched once, never stale. */
export function datasetQueryOptions(url = DATASET_URL) {
  return queryOptions({
    queryKey: [...datasetKeys.all, url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
