import { create } from 'zustand';
import type { CataloguePaper } from '../lib/catalogue/schema';

type CurrentViewState = {
  /**
   * The papers the list shows now (after search and filters), in the order shown: for moving
   * through them with the keyboard and for "export the current view". Kept as the list's own
   * array, so publishing it on every keystroke costs nothing.
   */
  papers: readonly CataloguePaper[];
  /**
   * The search these papers are the whole answer for; null while the list still shows an
   * earlier query's or filter's results (typing is deferred, and the search answers later).
   */
  settledQuery: string | null;
  setView: (papers: readonly CataloguePaper[], settledQuery: string | null) => void;
};

export const useCurrentViewStore = create<CurrentViewState>((set) => ({
  papers: [],
  settledQuery: null,
  setView: (papers, settledQuery) => set({ papers, settledQuery }),
}));
