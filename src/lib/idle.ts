// Work that must not run inside a step: queued for the browser's idle time.

/** Runs `work` when the browser is idle (within `timeout` ms at most); returns the cancel. */
export function whenIdle(work: () => void, timeout = 500): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(work, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(work, 0);
  return () => window.clearTimeout(id);
}
