// Saved scenarios in localStorage: versioned, migrated, validated item by item; nothing unreadable is ever deleted.
import { z } from 'zod/mini';
import { MAX_QUERY_LENGTH } from './urlCodec';

export const STORAGE_KEY = 'usmca-sim:saved';
export const SET_ASIDE_PREFIX = 'usmca-sim:set-aside:';
export const STORAGE_VERSION = 1;
export const EXPORT_APP = 'usmca-tariff-simulator';
export const MAX_NAME = 80;

/** A saved scenario is its link: the URL codec (with its migrations) reads it back. */
export interface SavedScenario {
  id: string;
  name: string;
  /** ISO time, or null for entries migrated from a format that had none. */
  savedAt: string | null;
  search: string;
}

const itemSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
  savedAt: z.nullable(z.string().check(z.maxLength(40))),
  search: z.string().check(z.maxLength(MAX_QUERY_LENGTH)),
});

/** The stored value of version 0 (never shipped; it keeps the migration path tested): [{ name, query }]. */
const v0Schema = z.array(z.object({ name: z.string(), query: z.string() }));

/** Why an entry was set aside; the screen words it in the reader's language. */
export type SavedReason =
  | { code: 'notJson' }
  | { code: 'newer'; version: number }
  | { code: 'unknownFormat' }
  | { code: 'entry'; where: 'saved' | 'file' | 'migrated'; n: number; preview: string; detail: string };

export interface SetAside {
  raw: string;
  reason: SavedReason;
}

export interface LoadedSaved {
  items: SavedScenario[];
  /** Entries (or the whole stored value) that could not be read; kept elsewhere, listed to the person. */
  setAside: SetAside[];
  /** True when what was stored must be written back (migrated or partly set aside). */
  rewrite: boolean;
}

function preview(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function readItems(
  list: unknown[],
  where: 'saved' | 'file' | 'migrated',
): { items: SavedScenario[]; setAside: SetAside[] } {
  const items: SavedScenario[] = [];
  const setAside: SetAside[] = [];
  const ids = new Set<string>();
  list.forEach((entry, i) => {
    const parsed = itemSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setAside.push({
        raw: JSON.stringify(entry) ?? String(entry),
        reason: {
          code: 'entry',
          where,
          n: i + 1,
          preview: preview(entry),
          detail: issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'invalid',
        },
      });
      return;
    }
    const item = parsed.data;
    // Two entries with one id would be edited together: the second gets a new id.
    items.push(ids.has(item.id) ? { ...item, id: `${item.id}-${i}` } : item);
    ids.add(item.id);
  });
  return { items, setAside };
}

/** Any stored text in, the readable scenarios out; never throws. */
export function parseStored(raw: string | null): LoadedSaved {
  if (raw === null || raw === '') return { items: [], setAside: [], rewrite: false };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { items: [], setAside: [{ raw, reason: { code: 'notJson' } }], rewrite: true };
  }
  const v0 = v0Schema.safeParse(json);
  if (v0.success) {
    const items = v0.data.map((e, i) => ({
      id: `v0-${i}`,
      name: e.name.slice(0, MAX_NAME) || `Scenario ${i + 1}`,
      savedAt: null,
      search: e.query,
    }));
    return { ...readItems(items, 'migrated'), rewrite: true };
  }
  if (typeof json === 'object' && json !== null && 'version' in json && 'items' in json) {
    const { version, items } = json as { version: unknown; items: unknown };
    if (version === STORAGE_VERSION && Array.isArray(items)) {
      const read = readItems(items, 'saved');
      return { ...read, rewrite: read.setAside.length > 0 };
    }
    if (typeof version === 'number' && version > STORAGE_VERSION)
      return { items: [], setAside: [{ raw, reason: { code: 'newer', version } }], rewrite: false };
  }
  return { items: [], setAside: [{ raw, reason: { code: 'unknownFormat' } }], rewrite: true };
}

export function serializeStored(items: readonly SavedScenario[]): string {
  return JSON.stringify({ version: STORAGE_VERSION, items });
}

/** The export file: the saved set with a header that says what it is. */
export function exportFile(items: readonly SavedScenario[], exportedAt: string): string {
  return JSON.stringify({ app: EXPORT_APP, version: STORAGE_VERSION, exportedAt, items }, null, 2);
}

export type ImportError =
  | { code: 'notJson' }
  | { code: 'notOurs' }
  | { code: 'wrongFormat'; version: string; expected: number }
  | { code: 'noList' }
  | { code: 'entry'; reason: SavedReason };

export interface ImportResult {
  items: SavedScenario[];
  errors: ImportError[];
}

/** Reads an export file; every entry it cannot use is named with the reason. */
export function parseImport(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { items: [], errors: [{ code: 'notJson' }] };
  }
  if (typeof json !== 'object' || json === null || (json as { app?: unknown }).app !== EXPORT_APP)
    return { items: [], errors: [{ code: 'notOurs' }] };
  const { version, items } = json as { version?: unknown; items?: unknown };
  if (version !== STORAGE_VERSION)
    return { items: [], errors: [{ code: 'wrongFormat', version: String(version), expected: STORAGE_VERSION }] };
  if (!Array.isArray(items)) return { items: [], errors: [{ code: 'noList' }] };
  const read = readItems(items, 'file');
  return { items: read.items, errors: read.setAside.map((s) => ({ code: 'entry', reason: s.reason })) };
}

/** Adds imported scenarios to the saved ones; an id already taken gets a fresh one. */
export function mergeImported(
  current: readonly SavedScenario[],
  incoming: readonly SavedScenario[],
  newId: () => string,
) {
  const taken = new Set(current.map((s) => s.id));
  return [...current, ...incoming.map((s) => (taken.has(s.id) ? { ...s, id: newId() } : s))];
}

/** The browser side: read, set aside what cannot be read under a key of its own, write back. */
export function loadFromStorage(storage: Storage, now: () => string): LoadedSaved {
  const raw = storage.getItem(STORAGE_KEY);
  const loaded = parseStored(raw);
  if (loaded.setAside.length > 0) {
    const stamp = now();
    loaded.setAside.forEach((s, i) => storage.setItem(`${SET_ASIDE_PREFIX}${stamp}-${i}`, s.raw));
  }
  if (loaded.rewrite) storage.setItem(STORAGE_KEY, serializeStored(loaded.items));
  return loaded;
}
