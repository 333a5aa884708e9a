import { create } from 'zustand';

type NotesModeState = {
  mode: 'write' | 'preview';
  setMode: (mode: 'write' | 'preview') => void;
};

/** Whether the notes panel shows the editor or the rendered preview (UI state only). */
export const useNotesModeStore = create<NotesModeState>((set) => ({
  mode: 'write',
  setMode: (mode) => set({ mode }),
}));
