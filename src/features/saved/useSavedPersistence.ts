// Loads saved scenarios after the first screen (the storage code stays out of the initial bundle) and writes
// every change back; unreadable entries are set aside with a notice, and a refusing browser gets a message.
import { useEffect } from 'react';
import { t } from '../../i18n';
import { useStoreApi } from '../../state/store';
import { savedReasonText } from './text';

export function useSavedPersistence(): void {
  const store = useStoreApi();
  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => {};
    void import('../../state/savedStorage').then(({ loadFromStorage, serializeStored, STORAGE_KEY }) => {
      if (cancelled) return;
      const state = store.getState();
      try {
        const loaded = loadFromStorage(window.localStorage, () => new Date().toISOString());
        state.setSaved(loaded.items);
        if (loaded.setAside.length > 0)
          state.addNotice({
            id: 'saved-set-aside',
            tone: 'warning',
            title:
              loaded.setAside.length === 1
                ? t('saved.notice.one')
                : t('saved.notice.many', { n: loaded.setAside.length }),
            items: [...loaded.setAside.map((s) => savedReasonText(s.reason)), t('saved.notice.kept')],
          });
      } catch (e) {
        state.setSaved([]);
        state.setSavedError(t('saved.unavailable', { detail: e instanceof Error ? e.message : 'storage refused' }));
        return;
      }
      unsubscribe = store.subscribe((s, prev) => {
        if (s.saved === prev.saved || !s.savedReady) return;
        try {
          window.localStorage.setItem(STORAGE_KEY, serializeStored(s.saved));
          if (s.savedError) s.setSavedError(null);
        } catch (e) {
          s.setSavedError(t('saved.writeFailed', { detail: e instanceof Error ? e.message : 'storage refused' }));
        }
      });
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [store]);
}
