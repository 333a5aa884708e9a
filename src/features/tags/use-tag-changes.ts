import { deleteTag, mergeTags, renameTag, restoreTags, tagsOf } from '../../db/tag-writes';
import { reportRejection } from '../../lib/report-rejection';
import { useTagRenamesStore } from '../../stores/tag-renames-store';
import { useToastStore } from '../../stores/toast-store';

/**
 * Delete, rename and merge of a tag across the library, each confirmed by a toast whose Undo
 * puts every paper's tags back as they were (and lists filtered by the tag follow it back).
 */
export function useTagChanges() {
  const showToast = useToastStore((state) => state.show);

  const withUndo = async (tag: string, write: () => Promise<unknown>, to: string | null) => {
    const before = await tagsOf(tag);
    const renames = useTagRenamesStore.getState().renames;
    await write();
    useTagRenamesStore.getState().recordRename(tag, to);
    return () => {
      useTagRenamesStore.getState().restoreRenames(renames);
      reportRejection(restoreTags(before));
    };
  };

  return {
    remove: async (tag: string, papers: string) => {
      const undo = await withUndo(tag, () => deleteTag(tag), null);
      showToast(`Deleted #${tag} from ${papers}`, undo);
    },
    rename: async (tag: string, to: string) => {
      const undo = await withUndo(tag, () => renameTag(tag, to), to);
      showToast(`Renamed #${tag} to #${to}`, undo);
    },
    /** Every paper tagged `tag` ends up tagged `into` (one copy where a paper had both). */
    merge: async (tag: string, into: string) => {
      const undo = await withUndo(tag, () => mergeTags(tag, into), into);
      showToast(`Merged #${tag} into #${into}`, undo);
    },
  };
}
