// The app's one zustand store, made of slices; createAppStore gives tests a fresh, isolated store.
import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { createCompareSlice, type CompareSlice } from './compareSlice';
import { createPresentationSlice, type PresentationSlice } from './presentationSlice';
import { createSavedSlice, type SavedSlice } from './savedSlice';
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type AppState = ScenarioSlice & ViewSlice & CompareSlice & SavedSlice & PresentationSlice;

export function createAppStore(initial: Partial<AppState> = {}): StoreApi<AppState> {
  return createStore<AppState>()((...a) => ({
    ...createScenarioSlice(...a),
    ...createViewSlice(...a),
    ...createCompareSlice(...a),
    ...createSavedSlice(...a),
    ...createPresentationSlice(...a),
    ...initial,
  }));
}

export const StoreContext = createContext<StoreApi<AppState> | null>(null);

export function useAppStore<T>(selector: (s: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreContext.Provider>');
  return useStore(store, selector);
}

export function useStoreApi(): StoreApi<AppState> {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi needs a <StoreContext.Provider>');
  return store;
}
