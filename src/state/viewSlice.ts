// View slice: what the person is looking at (selected sector, open panels, table sort); not part of the scenario.
import type { StateCreator } from 'zustand';
import type { Country } from '../model/types';

export type SectorSortKey = 'label' | 'importsUsd' | 'dutyUsd' | 'etr' | 'exportChangeUsd';

export interface ViewSlice {
  selectedSector: { country: Country; id: string };
  advancedOpen: boolean;
  sectorSort: { key: SectorSortKey; descending: boolean };
  selectSector: (country: Country, id: string) => void;
  setAdvancedOpen: (open: boolean) => void;
  sortSectorsBy: (key: SectorSortKey) => void;
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  selectedSector: { country: 'CA', id: 'aluminum' },
  advancedOpen: false,
  sectorSort: { key: 'dutyUsd', descending: true },
  selectSector: (country, id) => set({ selectedSector: { country, id } }),
  setAdvancedOpen: (open) => set({ advancedOpen: open }),
  sortSectorsBy: (key) =>
    set((s) => ({
      sectorSort: { key, descending: s.sectorSort.key === key ? !s.sectorSort.descending : key !== 'label' },
    })),
});
