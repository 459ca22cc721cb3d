// Saved scenarios in localStorage: versioned, migrated, validated item by item; nothing unreadable is ever deleted.
import { z } from 'zod/mini';
import { MAX_LINK_LENGTH } from './urlCodec';

import { SAVED_SET_ASIDE_PREFIX as SET_ASIDE_PREFIX, SAVED_STORAGE_KEY as STORAGE_KEY } from './persistence';

export { SET_ASIDE_PREFIX, STORAGE_KEY };
export const STORAGE_VERSION = 1;
export const EXPORT_APP = 'usmca-tariff-simulator';
export const MAX_NAME = 80;
/**
 * The most scenarios one browser keeps: 500 links of up to a few hundred characters stay far below the 5 MB that
 * browsers give a site, and the list stays quick to draw. An import past it says how many were left out.
 */
export const MAX_SAVED = 500;

/** A saved scenario is its link: the URL codec (with its migrations) reads it back. */
export interface SavedScenario {
  id: string;
  name: string;
  /** ISO time, or null for entries migrated from a format that had none. */
  savedAt: string | null;
  search: string;
}

/** An ISO 8601 date-time that is a real moment ("2026-11-23T10:00:00.000Z"; not "2026-13-45", not "yesterday"). */
export function isIsoDateTime(x: unknown): x is string {
  return (
    typeof x === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(x) &&
    !Number.isNaN(Date.parse(x)) &&
    new Date(Date.parse(x)).toISOString().slice(0, 10) === x.slice(0, 10)
  );
}

const itemSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
  savedAt: z.nullable(z.string().check(z.refine(isIsoDateTime, 'not a date and time'))),
  search: z.string().check(z.maxLength(MAX_LINK_LENGTH)),
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
  /** True when storage holds a newer format (after a rollback): it stays as it is, and this version saves nothing. */
  readOnly?: boolean;
}

/**
 * `id` if no entry has it, else `id-2`, `id-3`, … (ids are at most 64 characters). `next` remembers where each id's
 * count got to, so that a file with one id 10,000 times costs 10,000 steps, not 50 million.
 */
function freeId(id: string, taken: ReadonlySet<string>, next: Map<string, number>): string {
  if (!taken.has(id)) return id;
  for (let n = next.get(id) ?? 2; ; n++) {
    const candidate = `${id.slice(0, 56)}-${n}`;
    if (!taken.has(candidate)) {
      next.set(id, n + 1);
      return candidate;
    }
  }
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
  const next = new Map<string, number>();
  list.forEach((entry, i) => {
    // A scenario with a date that is not one keeps its settings and name and loses only the date (shown as none).
    const dated =
      typeof entry === 'object' && entry !== null && 'savedAt' in entry && !isIsoDateTime(entry.savedAt)
        ? { ...entry, savedAt: null }
        : entry;
    const parsed = itemSchema.safeParse(dated);
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
    // Two entries with one id would be edited (and deleted) together: a repeat gets an id no entry has.
    const id = freeId(item.id, ids, next);
    ids.add(id);
    items.push(id === item.id ? item : { ...item, id });
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
      return { items: [], setAside: [{ raw, reason: { code: 'newer', version } }], rewrite: false, readOnly: true };
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
  | { code: 'tooMany'; n: number; max: number }
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

/**
 * Adds imported scenarios to the saved ones: an id already taken (by a saved entry or an earlier one of the file)
 * gets a fresh one, and past MAX_SAVED the rest are left out and counted.
 */
export function mergeImported(
  current: readonly SavedScenario[],
  incoming: readonly SavedScenario[],
  newId: () => string,
): { items: SavedScenario[]; leftOut: number } {
  const taken = new Set(current.map((s) => s.id));
  const room = Math.max(0, MAX_SAVED - current.length);
  const added = incoming.slice(0, room).map((s) => {
    let id = s.id;
    while (taken.has(id)) id = newId();
    taken.add(id);
    return id === s.id ? s : { ...s, id };
  });
  return { items: [...current, ...added], leftOut: incoming.length - added.length };
}

/**
 * This tab's edits (from `before` to `after`) applied to what storage holds now, so that another tab's saves
 * since are kept: entries deleted here go, entries added here are appended, renames here win. The result is what
 * both storage and this tab should then hold.
 */
export function applyEdits(
  stored: readonly SavedScenario[],
  before: readonly SavedScenario[],
  after: readonly SavedScenario[],
): SavedScenario[] {
  const was = new Map(before.map((s) => [s.id, s]));
  const now = new Map(after.map((s) => [s.id, s]));
  const out: SavedScenario[] = [];
  const seen = new Set<string>();
  for (const s of stored) {
    seen.add(s.id);
    if (was.has(s.id) && !now.has(s.id)) continue; // deleted here
    const mine = now.get(s.id);
    out.push(mine && mine !== was.get(s.id) ? mine : s);
  }
  for (const s of after) if (!was.has(s.id) && !seen.has(s.id)) out.push(s);
  return out.slice(0, MAX_SAVED);
}

/** A short content hash (FNV-1a), so one unreadable value is set aside once, however often the page loads. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

export interface StorageReport extends LoadedSaved {
  /** Unreadable values that could not be moved aside (storage full): they stay where they were. */
  stuck: number;
}

/**
 * The browser side: read; move what cannot be read under a key of its own (named by its content, so a value is
 * never set aside twice); write back the rest. A newer format is left in place and this version only reads.
 */
export function loadFromStorage(storage: Storage): StorageReport {
  const raw = storage.getItem(STORAGE_KEY);
  const loaded = parseStored(raw);
  if (loaded.readOnly) return { ...loaded, stuck: 0 };
  let stuck = 0;
  const whole = loaded.items.length === 0 && loaded.setAside.length === 1 && loaded.setAside[0]?.raw === raw;
  for (const s of loaded.setAside) {
    const key = `${SET_ASIDE_PREFIX}${hash(s.raw)}`;
    if (storage.getItem(key) === s.raw) continue;
    try {
      storage.setItem(key, s.raw);
    } catch {
      // Storage is full (a huge corrupt value): move it instead of copying, freeing its old place first.
      if (!whole || raw === null) {
        stuck++;
        continue;
      }
      storage.removeItem(STORAGE_KEY);
      try {
        storage.setItem(key, s.raw);
      } catch {
        storage.setItem(STORAGE_KEY, raw);
        stuck++;
      }
    }
  }
  if (loaded.rewrite && stuck === 0) storage.setItem(STORAGE_KEY, serializeStored(loaded.items));
  return { ...loaded, stuck };
}
