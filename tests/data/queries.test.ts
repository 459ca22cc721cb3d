// Loading the dataset: a server that never answers ends in an error (with Retry on screen), not an endless skeleton.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OUTPUT } from '../../data/build-dataset';
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

  it('reads and validates a good file, and names the field of a damaged one', async () => {
    const text = readFileSync(OUTPUT, 'utf8');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(text)),
    );
    await expect(fetchDataset('/data/dataset.json')).resolves.toMatchObject({ baseYear: 2024 });
    const damaged = { ...JSON.parse(text), asOf: '2025-13-45' };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(damaged))),
    );
    const error = await fetchDataset('/data/dataset.json').catch((e: unknown) => e);
    expect(error).toMatchObject({ key: 'data.error.damaged', params: { detail: expect.stringContaining('asOf') } });
  });

  it('a cancelled query stops the download, without waiting for the time-out', async () => {
    vi.stubGlobal('fetch', vi.fn(silentFetch));
    const controller = new AbortController();
    const pending = fetchDataset('/data/dataset.json', controller.signal, 60_000).catch((e: unknown) => e);
    controller.abort();
    expect(await pending).toMatchObject({ key: 'data.error.download' });
  });
});
