// The service worker (vite-plugin-pwa, prompt mode): a new deploy installs beside the running one and waits, so an
// open page keeps the chunks it was built with; the page then offers "a new version is available: reload".
// Registered after the first screen, and never inside another site's frame (an embed).
import type { StoreApi } from 'zustand';
import type { AppState } from '../state/store';

export function registerServiceWorker(store: StoreApi<AppState>): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  let framed = true;
  try {
    framed = window.top !== window.self;
  } catch {
    framed = true; // a cross-origin parent refuses the comparison
  }
  if (framed) return;
  void import('virtual:pwa-register')
    .then(({ registerSW }) => {
      const update = registerSW({
        // Now, not on the window's load event: this runs after the first screen, when that event may be past.
        immediate: true,
        onNeedRefresh: () => store.getState().offerUpdate(() => void update(true)),
      });
    })
    .catch(() => {
      // No service worker: the app works online as before, and offline use is what is lost.
    });
}
