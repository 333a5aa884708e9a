import { create } from 'zustand';

type CurrentViewState = {
  /** The papers the list shows now (after search and filters), for "export the current view". */
  ids: ReadonlySet<string>;
  /** The same papers in the order shown, for moving through them with the keyboard. */
  order: readonly string[];
  setView: (order: readonly string[]) => void;
};

export const useCurrentViewStore = create<CurrentViewState>((set) => ({
  ids: new Set(),
  order: [],
  setView: (order) => set({ order, ids: new Set(order) }),
}));
