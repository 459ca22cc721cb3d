// Loads saved scenarios after the first screen (the storage code stays out of the initial bundle), writes every
// edit into what storage holds at that moment (so a save in another tab is never overwritten), and follows the
// other tabs' writes through the `storage` event. Unreadable entries are set aside with a notice.
import { useEffect } from 'react';
import { words, type Words } from '../../i18n';
import { importWithReload } from '../../lib/lazy';
import type { SavedScenario } from '../../state/savedStorage';
import { useStoreApi } from '../../state/store';
import { savedReasonWords } from './text';

const detail = (e: unknown) => (e instanceof Error ? e.message : 'storage refused');

export function useSavedPersistence(): void {
  const store = useStoreApi();
  useEffect(() => {
    let cancelled = false;
    let stop = () => {};
    void importWithReload(() => import('../../state/savedStorage')).then((lib) => {
      if (cancelled) return;
      const { applyEdits, loadFromStorage, serializeStored, STORAGE_KEY } = lib;
      /** True while the store takes a list from storage: that change is not an edit to write back. */
      let syncing = false;
      const adopt = (items: SavedScenario[]) => {
        syncing = true;
        store.getState().setSaved(items);
        syncing = false;
      };
      /** Reads storage now: its readable items, with problems worded as a notice or an error. */
      const read = (announce: boolean): SavedScenario[] | null => {
        const state = store.getState();
        const loaded = loadFromStorage(window.localStorage);
        if (loaded.readOnly) {
          const newer = loaded.setAside[0]?.reason;
          state.setSavedError(words('saved.readOnly', { version: newer?.code === 'newer' ? newer.version : '?' }));
          return null;
        }
        if (loaded.stuck > 0) {
          state.setSavedError(words('saved.stuck', { n: loaded.stuck }));
          return null;
        }
        const moved = loaded.setAside.length - loaded.stuck;
        if (announce && moved > 0)
          state.addNotice({
            id: 'saved-set-aside',
            tone: 'warning',
            title: moved === 1 ? words('saved.notice.one') : words('saved.notice.many', { n: moved }),
            items: [...loaded.setAside.map((s): Words => savedReasonWords(s.reason)), words('saved.notice.kept')],
          });
        if (state.savedError) state.setSavedError(null);
        return loaded.items;
      };

      try {
        const items = read(true);
        adopt(items ?? []);
      } catch (e) {
        adopt([]);
        store.getState().setSavedError(words('saved.unavailable', { detail: detail(e) }));
        return;
      }

      const unsubscribe = store.subscribe((s, prev) => {
        if (syncing || s.saved === prev.saved || !s.savedReady) return;
        try {
          const stored = read(false);
          if (stored === null) {
            adopt(prev.saved); // saving is off: the edit is undone on screen rather than silently lost later
            return;
          }
          const merged = applyEdits(stored, prev.saved, s.saved);
          window.localStorage.setItem(STORAGE_KEY, serializeStored(merged));
          if (merged.length !== s.saved.length || merged.some((x, i) => x !== s.saved[i])) adopt(merged);
        } catch (e) {
          s.setSavedError(words('saved.writeFailed', { detail: detail(e) }));
        }
      });
      // Another tab saved, renamed or deleted: show its list (nothing to write; that tab already did).
      const onStorage = (e: StorageEvent) => {
        if (e.storageArea !== window.localStorage || (e.key !== null && e.key !== STORAGE_KEY)) return;
        try {
          const items = read(false);
          if (items) adopt(items);
        } catch {
          // The next edit reports it.
        }
      };
      window.addEventListener('storage', onStorage);
      stop = () => {
        unsubscribe();
        window.removeEventListener('storage', onStorage);
      };
    });
    return () => {
      cancelled = true;
      stop();
    };
  }, [store]);
}
