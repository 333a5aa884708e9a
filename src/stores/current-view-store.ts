import { create } from 'zustand';

type CurrentViewState = {
  /** The papers the list shows now (after search and filters), for "export the current view". */
  ids: ReadonlySet<string>;
  setIds: (ids: ReadonlySet<string>) => void;
};

export const useCurrentViewStore = create<CurrentViewState>((set) => ({
  ids: new Set(),
  setIds: (ids) => set({ ids }),
}));
