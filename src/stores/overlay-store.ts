import { create } from 'zustand';

type Overlay = 'help' | 'palette' | 'add-paper' | 'export' | null;

type OverlayState = { open: Overlay; show: (overlay: Overlay) => void };

/** Which app-wide overlay (keyboard help, command palette, Add paper, Export) is open. */
export const useOverlayStore = create<OverlayState>((set) => ({
  open: null,
  show: (open) => set({ open }),
}));
