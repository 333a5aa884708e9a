import { create } from 'zustand';
import type { CataloguePaper } from '../lib/catalogue/schema';

type CurrentViewState = {
  /**
   * The papers the list shows now (after search and filters), in the order shown: for moving
   * through them with the keyboard and for "export the current view". Kept as the list's own
   * array, so publishing it on every keystroke costs nothing.
   */
  papers: readonly CataloguePaper[];
  setView: (papers: readonly CataloguePaper[]) => void;
};

export const useCurrentViewStore = create<CurrentViewState>((set) => ({
  papers: [],
  setView: (papers) => set({ papers }),
}));
