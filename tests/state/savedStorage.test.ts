// Saved scenarios: versioned storage with migrations; a corrupt or foreign entry is set aside, never lost.
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  exportFile,
  isIsoDateTime,
  MAX_SAVED,
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

/** localStorage in memory, with a quota in characters like a browser's (5 MB by default there). */
class MemoryStorage implements Storage {
  map = new Map<string, string>();
  readonly quota: number;
  constructor(quota = Infinity) {
    this.quota = quota;
  }
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
    const used = [...this.map].reduce((n, [key, value]) => n + (key === k ? 0 : key.length + value.length), 0);
    if (used + k.length + v.length > this.quota) throw new DOMException('quota exceeded', 'QuotaExceededError');
    this.map.set(k, v);
  }
}

const setAside = (storage: MemoryStorage) =>
  [...storage.map].filter(([k]) => k.startsWith(SET_ASIDE_PREFIX)).map(([, v]) => v);

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
    const loaded = loadFromStorage(storage);
    expect(loaded.items).toHaveLength(1);
    expect(setAside(storage)).toEqual(['"garbage"']);
    expect(parseStored(storage.getItem(STORAGE_KEY)).items).toEqual([item()]);
    // Loading again sets nothing aside twice.
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, items: [item(), 'garbage'] }));
    loadFromStorage(storage);
    expect(setAside(storage)).toEqual(['"garbage"']);
  });

  it('leaves a newer format in place, copies it nowhere, and reads it as read-only, however often it loads', () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ version: 9, items: [{ anything: true }] });
    storage.setItem(STORAGE_KEY, newer);
    for (let i = 0; i < 5; i++) expect(loadFromStorage(storage).readOnly).toBe(true);
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
    expect(storage.length).toBe(1);
  });

  it('moves a corrupt value too big to copy (storage full), so saving works again and nothing is lost', () => {
    const storage = new MemoryStorage(5_000_000);
    const corrupt = `{${'x'.repeat(4_000_000)}`;
    storage.setItem(STORAGE_KEY, corrupt);
    const loaded = loadFromStorage(storage);
    expect(loaded.stuck).toBe(0);
    expect(setAside(storage)).toEqual([corrupt]);
    expect(parseStored(storage.getItem(STORAGE_KEY))).toMatchObject({ items: [], setAside: [] });
  });

  it('a date that is not one costs the entry its date, never the entry', () => {
    const loaded = parseStored(
      JSON.stringify({
        version: 1,
        items: [item({ savedAt: 'not a date' }), item({ id: 'b', savedAt: '2025-13-45T00:00Z' })],
      }),
    );
    expect(loaded.setAside).toEqual([]);
    expect(loaded.items.map((i) => i.savedAt)).toEqual([null, null]);
    expect(isIsoDateTime('2026-11-23T10:00:00.000Z')).toBe(true);
    expect(isIsoDateTime('2026-02-30T10:00:00Z')).toBe(false);
  });
});

describe('two tabs', () => {
  it('applies this tab’s add, rename and delete to what another tab stored meanwhile', () => {
    const a = item({ id: 'a', name: 'A' });
    const b = item({ id: 'b', name: 'B' });
    const fromOtherTab = item({ id: 'c', name: 'C (other tab)' });
    const before = [a, b];
    const renamed = { ...a, name: 'A renamed' };
    const added = item({ id: 'd', name: 'D (this tab)' });
    const after = [renamed, added]; // b deleted here
    expect(applyEdits([a, b, fromOtherTab], before, after).map((s) => s.name)).toEqual([
      'A renamed',
      'C (other tab)',
      'D (this tab)',
    ]);
    // An entry the other tab deleted stays deleted, unless this tab renamed it.
    expect(applyEdits([b], before, [a, b, added]).map((s) => s.id)).toEqual(['b', 'd']);
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

  it('a file with one id twice gets two ids: one Delete removes one entry', () => {
    const file = exportFile([item({ name: 'First' }), item({ name: 'Second' })], '2026-11-23T00:00:00Z');
    const { items } = parseImport(file);
    let n = 0;
    const merged = mergeImported([item({ id: 'a1-2', name: 'Saved before' })], items, () => `new-${++n}`).items;
    expect(new Set(merged.map((i) => i.id)).size).toBe(3);
    const firstImported = merged.find((i) => i.name === 'First')!;
    expect(merged.filter((i) => i.id !== firstImported.id).map((i) => i.name)).toEqual(['Saved before', 'Second']);
  });

  it('an import past the limit keeps the first entries and counts the rest', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => item({ id: `i${i}`, name: `Scenario ${i}` }));
    const { items, errors } = parseImport(exportFile(many, '2026-11-23T00:00:00Z'));
    expect(errors).toEqual([]);
    const merged = mergeImported([item({ id: 'mine' })], items, () => 'x');
    expect(merged.items).toHaveLength(MAX_SAVED);
    expect(merged.leftOut).toBe(10_000 - (MAX_SAVED - 1));
  });

  it('merging keeps both when ids collide', () => {
    let n = 0;
    const merged = mergeImported([item()], [item({ name: 'Imported' })], () => `new-${++n}`).items;
    expect(merged.map((i) => [i.id, i.name])).toEqual([
      ['a1', 'Canada at 50%'],
      ['new-1', 'Imported'],
    ]);
  });
});

describe('scale', () => {
  it('10,000 entries with one id get 10,000 distinct ids, numbered in order', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => item({ id: 'same', name: `S${i}` }));
    const { items } = parseImport(exportFile(many, '2026-11-23T00:00:00Z'));
    expect(new Set(items.map((i) => i.id)).size).toBe(10_000);
    expect(items.slice(0, 3).map((i) => i.id)).toEqual(['same', 'same-2', 'same-3']);
    expect(items[9_999]?.id).toBe('same-10000');
  });
});
