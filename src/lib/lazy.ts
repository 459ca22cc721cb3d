// React.lazy for code that may be gone from the server: after a deploy, or a dropped connection, a chunk can fail
// to download. The page then reloads once by itself (the scenario is in the link, so nothing is lost); a second
// failure within a minute goes to the error boundary, which offers a reload.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

const RELOAD_KEY = 'usmca-sim:chunk-reload';
const RELOAD_WINDOW_MS = 60_000;

/** True for the errors browsers give when a dynamically imported module cannot be fetched or evaluated. */
export function isChunkError(e: unknown): boolean {
  const message = e instanceof Error ? `${e.name} ${e.message}` : String(e);
  return /dynamically imported module|Importing a module script failed|error loading dynamically|ChunkLoadError|Failed to fetch/i.test(
    message,
  );
}

/** Reloads the page unless it did so for the same reason in the last minute; true when it reloads. */
export function reloadOnce(now = Date.now()): boolean {
  try {
    const last = Number(window.sessionStorage.getItem(RELOAD_KEY) ?? 0);
    if (now - last < RELOAD_WINDOW_MS) return false;
    window.sessionStorage.setItem(RELOAD_KEY, String(now));
  } catch {
    return false; // no way to tell a loop from a first try: leave it to the error screen's button
  }
  window.location.reload();
  return true;
}

// The same constraint as React.lazy's own signature.
// oxlint-disable-next-line no-explicit-any
export function lazyWithReload<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): LazyExoticComponent<T> {
  return lazy(() => importWithReload(load));
}

/** A dynamic import of a plain module, with the same one reload on a missing chunk. */
export function importWithReload<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((e: unknown) => {
    if (isChunkError(e) && reloadOnce()) return new Promise<never>(() => {});
    throw e;
  });
}
