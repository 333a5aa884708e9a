import { useRef, useState } from 'react';
import { saveList } from '../../db/lists';
import { describeSummary, summarizeCatalogue } from '../../lib/catalogue/catalogue-summary';
import { listFileSizeError } from '../../lib/lists/list-limits';
import { importListInWorker, type ImportStage } from './import-list-file';

export type AddListState =
  | { kind: 'idle' }
  | { kind: 'working'; fileName: string; stage: ImportStage | 'saving'; startedAt: number }
  | { kind: 'added'; message: string; warnings: string[] }
  | { kind: 'refused'; message: string }
  | { kind: 'stopped'; fileName: string };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Adding a list: the size is checked before the file is read, the rest runs in a worker with a
 * time limit, and only a list that was read whole is saved. A newer pick replaces one under way.
 */
export function useAddList() {
  const [state, setState] = useState<AddListState>({ kind: 'idle' });
  const current = useRef<AbortController | null>(null);

  const add = async (file: File) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const show = (next: AddListState) => {
      if (current.current === controller) setState(next);
    };
    const tooBig = listFileSizeError(file.name, file.size);
    if (tooBig) return show({ kind: 'refused', message: tooBig });
    const startedAt = Date.now();
    const working = (stage: ImportStage | 'saving') =>
      show({ kind: 'working', fileName: file.name, stage, startedAt });
    working('reading');
    const result = await importListInWorker(file, { onStage: working, signal: controller.signal });
    if (controller.signal.aborted) return;
    if (!result.ok) return show({ kind: 'refused', message: result.error });
    working('saving');
    try {
      await saveList(result.list);
    } catch (error) {
      return show({ kind: 'refused', message: `The list could not be saved: ${errorText(error)}` });
    }
    const { list, warnings, skipped } = result;
    const summary = describeSummary(summarizeCatalogue({ catalogue: list.catalogue, skipped }));
    show({ kind: 'added', message: `Added “${list.title}”: ${summary}.`, warnings });
  };

  const cancel = () => {
    // Only while reading: a list being saved is moments from done.
    if (state.kind !== 'working' || state.stage === 'saving') return;
    current.current?.abort();
    current.current = null;
    setState({ kind: 'stopped', fileName: state.fileName });
  };

  return {
    state,
    add: (file: File) =>
      void add(file).catch((error: unknown) =>
        setState({ kind: 'refused', message: errorText(error) }),
      ),
    cancel,
  };
}
