import { create } from 'zustand';

type SelectionState = {
  /** The paper the keyboard cursor (j / k) is on in the list. */
  selectedId: string | null;
  select: (id: string | null) => void;
};

export const useSelectionStore = create<SelectionState>((set) => ({
  selectedId: null,
  select: (selectedId) => set({ selectedId }),
}));
