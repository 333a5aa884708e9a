import { create } from 'zustand';

type SectionsPanelState = { open: boolean; toggle: () => void };

/** Whether the section list is expanded on narrow screens, where it is folded by default. */
export const useSectionsPanelStore = create<SectionsPanelState>((set) => ({
  open: false,
  toggle: () => set((state) => ({ open: !state.open })),
}));
