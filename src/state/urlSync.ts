// Keeps the address bar and the store in step: the link opened sets the store, every change updates the link, and
// Back/Forward set again exactly what opening that link would (the persistence table says which state that is).
import { useEffect } from 'react';
import type { StoreApi } from 'zustand';
import { browserLocale, loadMessages, locale, setLocale } from '../i18n';
import { cutNotice, linkedState, linkStateChanged, problemsNotice, readLink, writeLink } from './persistence';
import type { AppState } from './store';

/** How long a slider must rest before its value replaces the current history entry. */
const DRAG_SETTLE_MS = 150;

/** Writes each change into the address bar (replace while dragging, a new entry per step) and follows Back/Forward. */
export function useUrlSync(store: StoreApi<AppState>, dataVersion: string | null): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = (mode: 'push' | 'replace') => {
      const { search, cut } = writeLink(store.getState(), dataVersion);
      const notice = cutNotice(cut);
      if (notice) store.getState().addNotice(notice);
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    // The link the page opened with gains its data version (and loses nothing it had).
    write('replace');
    const unsubscribe = store.subscribe((state, prev) => {
      if (!linkStateChanged(state, prev) || state.changeKind === 'history') return;
      clearTimeout(timer);
      if (state.changeKind === 'drag') timer = setTimeout(() => write('replace'), DRAG_SETTLE_MS);
      else if (state.changeKind === 'replace') write('replace');
      else write('push');
    });
    let popped = 0;
    const onPop = async () => {
      const mine = ++popped;
      // A link without lang= is in the browser's language, as when it was first opened.
      const r = readLink(window.location.search, browserLocale(navigator.languages ?? [navigator.language]));
      const next = linkedState(r);
      // Back to a link in another language: its words load first, then everything changes at once.
      if (next.lang && next.lang !== locale()) {
        try {
          setLocale(next.lang, await loadMessages(next.lang));
        } catch {
          next.lang = locale();
        }
        if (mine !== popped) return;
      }
      clearTimeout(timer);
      store.setState({ ...next, changeKind: 'history' });
      const problems = [...r.link.problems, ...r.lesson.problems];
      if (problems.length) store.getState().addNotice(problemsNotice(problems));
    };
    const listener = () => void onPop();
    window.addEventListener('popstate', listener);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('popstate', listener);
    };
  }, [store, dataVersion]);
}
