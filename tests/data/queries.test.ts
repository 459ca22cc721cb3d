// Loading the dataset: a server that never answers ends in an error (with Retry on screen), not an endless skeleton.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OUTPUT, PRODUCTS_OUTPUT } from '../../data/build-dataset';
import { DatasetError, fetchDataset } from '../../src/data/queries';

afterEach(() => vi.unstubAllGlobals());

/** A fetch that waits for its abort signal and never answers otherwise. */
const silentFetch = (_url: string, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) =>
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  );

describe('fetchDataset', () => {
  it('gives up after its time-out with an error that says so', async () => {
    vi.stubGlobal('fetch', vi.fn(silentFetch));
    const error = await fetchDataset('/data/dataset.json', undefined, 30).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).key).toBe('data.error.timeout');
  });

  /** A server with dataset.json and products.json (either replaced by `files`). */
  const serve = (files: Record<string, string> = {}) =>
    vi.fn<(url: string) => Promise<Response>>(async (url) => {
      const name = url.split('/').pop() ?? '';
      const body = files[name] ?? readFileSync(name === 'products.json' ? PRODUCTS_OUTPUT : OUTPUT, 'utf8');
      return new Response(body);
    });

  it('reads and validates a good file with its product table, and names the field of a damaged one', async () => {
    vi.stubGlobal('fetch', serve());
    const d = await fetchDataset('/data/dataset.json');
    expect(d).toMatchObject({ baseYear: 2024 });
    // The product table is attached: every line of both countries, in typed arrays.
    expect((d.countries.CA.products?.n ?? 0) + (d.countries.MX.products?.n ?? 0)).toBe(22_363);
    const damaged = { ...JSON.parse(readFileSync(OUTPUT, 'utf8')), asOf: '2025-13-45' };
    vi.stubGlobal('fetch', serve({ 'dataset.json': JSON.stringify(damaged) }));
    const error = await fetchDataset('/data/dataset.json').catch((e: unknown) => e);
    expect(error).toMatchObject({ key: 'data.error.damaged', params: { detail: expect.stringContaining('asOf') } });
  });

  it('a product table from another build (a deploy between the two downloads) is refused with a message', async () => {
    const other = { ...JSON.parse(readFileSync(PRODUCTS_OUTPUT, 'utf8')), datasetVersion: 'abcdef123456' };
    vi.stubGlobal('fetch', serve({ 'products.json': JSON.stringify(other) }));
    const error = await fetchDataset('/data/dataset.json').catch((e: unknown) => e);
    expect(error).toMatchObject({
      key: 'data.error.products',
      params: { detail: expect.stringContaining('abcdef123456') },
    });
    vi.stubGlobal('fetch', serve({ 'products.json': '{"format": 2}' }));
    expect(await fetchDataset('/data/dataset.json').catch((e: unknown) => e)).toMatchObject({
      key: 'data.error.products',
    });
  });

  it('a cancelled query stops the download, without waiting for the time-out', async () => {
    vi.stubGlobal('fetch', vi.fn(silentFetch));
    const controller = new AbortController();
    const pending = fetchDataset('/data/dataset.json', controller.signal, 60_000).catch((e: unknown) => e);
    controller.abort();
    expect(await pending).toMatchObject({ key: 'data.error.download' });
  });
});
