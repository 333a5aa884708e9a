import { create } from 'zustand';

type TagRenamesState = {
  /** Lower-cased old name → new name, or null for a deleted tag. */
  renames: Readonly<Record<string, string | null>>;
  recordRename: (from: string, to: string | null) => void;
  /** Puts back the renames as they were before a change that was undone. */
  restoreRenames: (renames: Readonly<Record<string, string | null>>) => void;
};

/**
 * Renames and deletes made in this session, so that a list filtered by a tag follows the tag
 * when it is renamed or merged (and drops it when it is deleted), even via Back.
 */
export const useTagRenamesStore = create<TagRenamesState>((set) => ({
  renames: {},
  recordRename: (from, to) =>
    set((state) => {
      const key = from.toLowerCase();
      // Earlier renames into `from` now lead to `to`.
      const renames = Object.fromEntries(
        Object.entries(state.renames).map(([old, target]) => [
          old,
          target !== null && target.toLowerCase() === key ? to : target,
        ]),
      );
      return { renames: { ...renames, [key]: to } };
    }),
  restoreRenames: (renames) => set({ renames }),
}));
