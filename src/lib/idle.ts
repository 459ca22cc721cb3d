// Work that must not run inside a step: queued for the browser's idle time.

/** Resolves in a task of its own (a macrotask, not a microtask): the browser may paint and handle input first. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `work` when the browser is idle (within `timeout` ms at most); returns the cancel. */
export function whenIdle(work: () => void, timeout = 500): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(work, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(work, 0);
  return () => window.clearTimeout(id);
}
