// Whether a media query matches now, following its changes (useSyncExternalStore over matchMedia).
import { useSyncExternalStore } from 'react';

const lists = new Map<string, MediaQueryList>();
function listOf(query: string): MediaQueryList | null {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return null;
  let list = lists.get(query);
  if (!list) lists.set(query, (list = window.matchMedia(query)));
  return list;
}

/**
 * True while `query` matches. `serverValue` is what the build's static screen was rendered with (and what a page
 * without matchMedia gets): hydration starts from it, then follows the real screen.
 */
export function useMediaQuery(query: string, serverValue: boolean): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = listOf(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    () => listOf(query)?.matches ?? serverValue,
    () => serverValue,
  );
}
