// Saved scenarios: versioned storage with migrations; a corrupt or foreign entry is set aside, never lost.
import { describe, expect, it } from 'vitest';
import {
  exportFile,
  loadFromStorage,
  mergeImported,
  parseImport,
  parseStored,
  serializeStored,
  SET_ASIDE_PREFIX,
  STORAGE_KEY,
  type SavedScenario,
} from '../../src/state/savedStorage';

const item = (over: Partial<SavedScenario> = {}): SavedScenario => ({
  id: 'a1',
  name: 'Canada at 50%',
  savedAt: '2026-11-23T10:00:00.000Z',
  search: '?v=1&ca=50',
  ...over,
});

class MemoryStorage implements Storage {
  map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}

describe('parseStored', () => {
  it('reads what it wrote', () => {
    const items = [item(), item({ id: 'b2', name: 'Mexico', search: '?v=1&mx=10' })];
    expect(parseStored(serializeStored(items))).toEqual({ items, setAside: [], rewrite: false });
  });

  it('nothing stored is an empty list', () => {
    expect(parseStored(null).items).toEqual([]);
  });

  it('sets aside one corrupt entry and keeps the others', () => {
    const raw = JSON.stringify({
      version: 1,
      items: [item(), { id: 7, name: null }, item({ id: 'c3', name: 'Third' })],
    });
    const loaded = parseStored(raw);
    expect(loaded.items.map((i) => i.name)).toEqual(['Canada at 50%', 'Third']);
    expect(loaded.setAside).toHaveLength(1);
    expect(loaded.setAside[0]?.reason).toMatchObject({ code: 'entry', where: 'saved', n: 2 });
    expect(loaded.rewrite).toBe(true);
  });

  it('sets aside text that is not JSON, or a foreign format', () => {
    expect(parseStored('{oops').setAside[0]?.reason).toEqual({ code: 'notJson' });
    expect(parseStored('{"hello":"world"}').setAside[0]?.reason).toEqual({ code: 'unknownFormat' });
  });

  it('leaves a newer format untouched (no rewrite) rather than destroy it', () => {
    const loaded = parseStored(JSON.stringify({ version: 9, items: [] }));
    expect(loaded.items).toEqual([]);
    expect(loaded.rewrite).toBe(false);
    expect(loaded.setAside[0]?.reason).toEqual({ code: 'newer', version: 9 });
  });

  it('migrates the made-up version 0 (a bare list of names and queries)', () => {
    const loaded = parseStored(JSON.stringify([{ name: 'Old', query: '?v=0&canada=0.3' }]));
    expect(loaded.items).toEqual([{ id: 'v0-0', name: 'Old', savedAt: null, search: '?v=0&canada=0.3' }]);
    expect(loaded.rewrite).toBe(true);
  });

  it('gives a repeated id a new one so the two never edit together', () => {
    const loaded = parseStored(serializeStored([item(), item({ name: 'Twin' })]));
    expect(new Set(loaded.items.map((i) => i.id)).size).toBe(2);
  });
});

describe('loadFromStorage', () => {
  it('moves what it cannot read under a key of its own, and writes back the rest', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, items: [item(), 'garbage'] }));
    const loaded = loadFromStorage(storage, () => '2026-11-23T00:00:00Z');
    expect(loaded.items).toHaveLength(1);
    expect(storage.getItem(`${SET_ASIDE_PREFIX}2026-11-23T00:00:00Z-0`)).toBe('"garbage"');
    expect(parseStored(storage.getItem(STORAGE_KEY)).items).toEqual([item()]);
  });
});

describe('export and import', () => {
  it('round-trips the saved set through a file', () => {
    const items = [item(), item({ id: 'b2', name: 'B' })];
    expect(parseImport(exportFile(items, '2026-11-23T00:00:00Z'))).toEqual({ items, errors: [] });
  });

  it('explains what is wrong with a bad file', () => {
    expect(parseImport('not json').errors).toEqual([{ code: 'notJson' }]);
    expect(parseImport('{"app":"other"}').errors).toEqual([{ code: 'notOurs' }]);
    expect(parseImport(JSON.stringify({ app: 'usmca-tariff-simulator', version: 2, items: [] })).errors).toEqual([
      { code: 'wrongFormat', version: '2', expected: 1 },
    ]);
    const partly = parseImport(
      JSON.stringify({ app: 'usmca-tariff-simulator', version: 1, items: [item(), { name: '' }] }),
    );
    expect(partly.items).toHaveLength(1);
    expect(partly.errors[0]).toMatchObject({ code: 'entry', reason: { where: 'file', n: 2 } });
  });

  it('merging keeps both when ids collide', () => {
    let n = 0;
    const merged = mergeImported([item()], [item({ name: 'Imported' })], () => `new-${++n}`);
    expect(merged.map((i) => [i.id, i.name])).toEqual([
      ['a1', 'Canada at 50%'],
      ['new-1', 'Imported'],
    ]);
  });
});
