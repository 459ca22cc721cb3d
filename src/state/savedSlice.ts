// Saved-scenarios slice: the person's named scenarios (kept in localStorage by features/saved).
import type { StateCreator } from 'zustand';
import type { Words } from '../i18n';
import type { SavedScenario } from './savedStorage';

export interface SavedSlice {
  saved: SavedScenario[];
  /** False until localStorage has been read (it loads after the first screen). */
  savedReady: boolean;
  /** Why saving is off or failed (private mode, full storage, a newer format); null when it works. */
  savedError: Words | null;
  /** The list as another tab left it: replaces ours without writing it back. */
  setSaved: (items: SavedScenario[], ready?: boolean) => void;
  addSaved: (item: SavedScenario) => void;
  renameSaved: (id: string, name: string) => void;
  deleteSaved: (id: string) => void;
  setSavedError: (message: Words | null) => void;
}

export const createSavedSlice: StateCreator<SavedSlice, [], [], SavedSlice> = (set) => ({
  saved: [],
  savedReady: false,
  savedError: null,
  setSaved: (items, ready = true) => set({ saved: items, savedReady: ready }),
  addSaved: (item) => set((s) => ({ saved: [...s.saved, item] })),
  renameSaved: (id, name) => set((s) => ({ saved: s.saved.map((x) => (x.id === id ? { ...x, name } : x)) })),
  deleteSaved: (id) => set((s) => ({ saved: s.saved.filter((x) => x.id !== id) })),
  setSavedError: (message) => set({ savedError: message }),
});
