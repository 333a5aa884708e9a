import { useRef, useState } from 'react';
import { addFollowedList } from '../../db/followed-lists';
import { saveList } from '../../db/lists';
import type { ImportedList } from '../../lib/backup/backup-format';
import { describeSummary, summarizeCatalogue } from '../../lib/catalogue/catalogue-summary';
import { githubAddressLabel, parseGithubAddress } from '../../lib/lists/github-address';
import { listFileSizeError } from '../../lib/lists/list-limits';
import { importListInWorker } from './import-list-file';
import { loadAddressList, type AddressStage } from './load-address-list';

export type AddListStage = AddressStage | 'saving';

export type AddListState =
  | { kind: 'idle' }
  | {
      kind: 'working';
      fileName: string;
      from: 'file' | 'address';
      stage: AddListStage;
      startedAt: number;
    }
  | { kind: 'added'; message: string; warnings: string[]; active: boolean }
  | { kind: 'refused'; message: string }
  | { kind: 'stopped'; fileName: string; fetching: boolean };

type Read = { ok: true; list: ImportedList; warnings: string[]; skipped: number };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Adding a list, from a file or from its GitHub address: the size is checked before the file is
 * read, the rest runs in a worker with a time limit, and only a list that was read whole is
 * saved. A newer pick replaces one under way.
 */
export function useAddList() {
  const [state, setState] = useState<AddListState>({ kind: 'idle' });
  const current = useRef<AbortController | null>(null);

  const begin = (fileName: string, from: 'file' | 'address') => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const show = (next: AddListState) => {
      if (current.current === controller) setState(next);
    };
    const startedAt = Date.now();
    const working = (stage: AddListStage) =>
      show({ kind: 'working', fileName, from, stage, startedAt });
    return { signal: controller.signal, show, working };
  };

  /** Saves a list read whole; resolves to whether it was saved. */
  const save = async (
    { list, warnings, skipped }: Read,
    { show, working }: ReturnType<typeof begin>,
    from: string,
  ): Promise<boolean> => {
    working('saving');
    const followed = list.source === 'address';
    try {
      await (followed ? addFollowedList(list) : saveList(list));
    } catch (error) {
      show({ kind: 'refused', message: `The list could not be saved: ${errorText(error)}` });
      return false;
    }
    const summary = describeSummary(summarizeCatalogue({ catalogue: list.catalogue, skipped }));
    const message = `Added “${list.title}”${from}: ${summary}.`;
    show({ kind: 'added', message, warnings, active: followed });
    return true;
  };

  const addFile = async (file: File) => {
    const run = begin(file.name, 'file');
    const tooBig = listFileSizeError(file.name, file.size);
    if (tooBig) return run.show({ kind: 'refused', message: tooBig });
    run.working('reading');
    const result = await importListInWorker(file, { onStage: run.working, signal: run.signal });
    if (run.signal.aborted) return;
    if (!result.ok) return run.show({ kind: 'refused', message: result.error });
    await save(result, run, '');
  };

  /** Resolves to whether the list was added. */
  const addAddress = async (input: string): Promise<boolean> => {
    const parsed = parseGithubAddress(input);
    const label = parsed.ok ? githubAddressLabel(parsed.address) : input;
    const run = begin(label, 'address');
    const refuse = (message: string) => {
      run.show({ kind: 'refused', message });
      return false;
    };
    if (!parsed.ok) return refuse(parsed.message);
    const { signal, working } = run;
    const result = await loadAddressList(parsed.address, input, { signal, onStage: working });
    if (signal.aborted || 'stopped' in result) return false;
    if (!result.ok) return refuse(result.message);
    return save(result, run, ` from ${label}`);
  };

  const cancel = () => {
    // Only while reading: a list being saved is moments from done.
    if (state.kind !== 'working' || state.stage === 'saving') return;
    current.current?.abort();
    current.current = null;
    setState({ kind: 'stopped', fileName: state.fileName, fetching: state.stage === 'fetching' });
  };

  const report = (error: unknown) => setState({ kind: 'refused', message: errorText(error) });
  return {
    state,
    add: (file: File) => void addFile(file).catch(report),
    addFromAddress: (input: string) =>
      addAddress(input).catch((error: unknown) => {
        report(error);
        return false;
      }),
    cancel,
  };
}
