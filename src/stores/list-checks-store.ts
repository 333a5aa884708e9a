import { create } from 'zustand';

/** Where a check of a followed list stands, as shown next to the list. */
export type ListCheckState =
  | { kind: 'checking' }
  | { kind: 'checked'; message: string; added: number }
  | { kind: 'failed'; message: string };

type ListChecksStore = {
  checks: Readonly<Record<string, ListCheckState>>;
  setCheck: (listId: string, check: ListCheckState) => void;
};

/** The checks of followed lists in this session, by list id (on start, or asked for). */
export const useListChecksStore = create<ListChecksStore>((set) => ({
  checks: {},
  setCheck: (listId, check) => set((state) => ({ checks: { ...state.checks, [listId]: check } })),
}));
