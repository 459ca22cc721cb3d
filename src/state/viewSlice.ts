// View slice: what the person is looking at (selected sector, open panels, table sort); not part of the scenario.
import type { StateCreator } from 'zustand';
import type { Locale } from '../i18n';
import type { Country } from '../model/types';
import type { ChangeKind } from './scenarioSlice';
import type { View } from './urlCodec';

/** A message shown above the app until dismissed: what was ignored or set aside, and why. */
export interface Notice {
  id: string;
  tone: 'warning' | 'info';
  title: string;
  items: string[];
}

export type SectorSortKey = 'label' | 'importsUsd' | 'dutyUsd' | 'etr' | 'exportChangeUsd';

export interface ViewSlice {
  selectedSector: { country: Country; id: string };
  advancedOpen: boolean;
  sectorSort: { key: SectorSortKey; descending: boolean };
  notices: Notice[];
  /** The screen shown: null for the simulator. */
  view: View | null;
  showView: (view: View | null) => void;
  /** Interface language; written into links once the person (or a link) chose it. */
  lang: Locale;
  langChosen: boolean;
  setLang: (lang: Locale) => void;
  /** Chart-and-numbers view without the editor (embed=1). */
  embed: boolean;
  /** Link parameters this app does not know, written back unchanged. */
  unknownParams: [string, string][];
  /** Data version named by the link the page opened with. */
  linkDataVersion: string | null;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
  selectSector: (country: Country, id: string) => void;
  setAdvancedOpen: (open: boolean) => void;
  sortSectorsBy: (key: SectorSortKey) => void;
}

export const createViewSlice: StateCreator<ViewSlice & { changeKind: ChangeKind }, [], [], ViewSlice> = (set) => ({
  selectedSector: { country: 'CA', id: 'aluminum' },
  advancedOpen: false,
  sectorSort: { key: 'dutyUsd', descending: true },
  notices: [],
  view: null,
  // A new screen is a discrete step: it gets its own history entry.
  showView: (view) => set({ view, changeKind: 'step' }),
  lang: 'en',
  langChosen: false,
  setLang: (lang) => set({ lang, langChosen: true, changeKind: 'step' }),
  embed: false,
  unknownParams: [],
  linkDataVersion: null,
  addNotice: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  selectSector: (country, id) => set({ selectedSector: { country, id } }),
  setAdvancedOpen: (open) => set({ advancedOpen: open }),
  sortSectorsBy: (key) =>
    set((s) => ({
      sectorSort: { key, descending: s.sectorSort.key === key ? !s.sectorSort.descending : key !== 'label' },
    })),
});
