import { create } from 'zustand';

type ListLocationState = { search: string; setSearch: (search: string) => void };

/** The list's last filters, so "Papers" in the header returns to the view the user left. */
export const useListLocationStore = create<ListLocationState>((set) => ({
  search: '',
  setSearch: (search) => set({ search }),
}));
