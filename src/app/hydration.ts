// Whether the page has hydrated: false while the build renders the first screen to HTML and during hydration (so the
// first client render matches that HTML), true from then on and in a client-only render.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
