// View slice: what the person is looking at (selected sector, open panels, table sort); not part of the scenario.
import type { StateCreator } from 'zustand';
import type { Locale, Words } from '../i18n';
import type { Theme } from '../lib/theme';
import type { Country } from '../model/types';
import type { ChangeKind } from './scenarioSlice';
import type { EmbedChart, View } from './urlCodec';

/**
 * A message shown above the app until dismissed: what was ignored or set aside, and why. It holds words (keys and
 * values), not sentences, so it is worded in whatever language is active when it is shown.
 */
export interface Notice {
  id: string;
  tone: 'warning' | 'info';
  title: Words;
  items: Words[];
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
  /** The theme a link asked for (theme=), in force on this page until the person picks one; null: their own. */
  theme: Theme | null;
  clearLinkTheme: () => void;
  /** The HTS code or prefix whose product panel is open (product=), digits only; null: none. */
  product: string | null;
  showProduct: (code: string | null) => void;
  /** Chart-and-numbers view without the editor (embed=1). */
  embed: boolean;
  /** The one chart an embed shows (chart=), null: all. */
  embedChart: EmbedChart | null;
  /** Link parameters this app does not know, written back unchanged. */
  unknownParams: [string, string][];
  /** Data version named by the link the page opened with. */
  linkDataVersion: string | null;
  /** Set when a new deploy waits to take over: calling it reloads into the new version. */
  pendingUpdate: (() => void) | null;
  offerUpdate: (apply: (() => void) | null) => void;
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
  product: null,
  // Opening a product is a step of its own (Back closes it).
  showProduct: (product) => set({ product, changeKind: 'step' }),
  // A new screen is a discrete step: it gets its own history entry.
  showView: (view) => set({ view, changeKind: 'step' }),
  lang: 'en',
  langChosen: false,
  setLang: (lang) => set({ lang, langChosen: true, changeKind: 'step' }),
  theme: null,
  // The link loses theme= without a new history entry: a colour choice is not a step to go Back to.
  clearLinkTheme: () => set({ theme: null, changeKind: 'replace' }),
  embed: false,
  embedChart: null,
  unknownParams: [],
  linkDataVersion: null,
  pendingUpdate: null,
  offerUpdate: (apply) => set({ pendingUpdate: apply }),
  addNotice: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  selectSector: (country, id) => set({ selectedSector: { country, id } }),
  setAdvancedOpen: (open) => set({ advancedOpen: open }),
  sortSectorsBy: (key) =>
    set((s) => ({
      sectorSort: { key, descending: s.sectorSort.key === key ? !s.sectorSort.descending : key !== 'label' },
    })),
});
