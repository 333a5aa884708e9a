import { create } from 'zustand';

export type Toast = { id: number; text: string; undo?: () => void };

type ToastState = {
  toasts: Toast[];
  show: (text: string, undo?: () => void) => void;
  dismiss: (id: number) => void;
};

const VISIBLE_MS = 6000;
let nextId = 1;

/** Small confirmations of what just happened, with Undo where it can be undone. */
export const useToastStore = create<ToastState>((set, get) => ({
  toasts: [],
  show: (text, undo) => {
    const id = nextId++;
    // One at a time: a new confirmation replaces the last, so they never pile up on a phone.
    set({ toasts: [{ id, text, undo }] });
    setTimeout(() => get().dismiss(id), VISIBLE_MS);
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));
