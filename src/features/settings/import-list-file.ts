import type { ListImport, ListImportOptions, ListImportStage } from '../../lib/lists/import-list';

/** A list that takes longer than this to read is stopped: real ones take a few seconds at most. */
export const LIST_TIME_LIMIT_MS = 20_000;

export type ImportStage = 'reading' | ListImportStage;
/** A list to read: a picked file, or a list fetched from its address (named for messages). */
export type ImportListRequest = { file: Blob; name: string; now: number } & ListImportOptions;
export type ImportListMessage =
  { kind: 'stage'; stage: ImportStage } | { kind: 'done'; result: ListImport };

type Options = {
  onStage?: (stage: ImportStage) => void;
  /** Aborting stops the worker at once; the result then says so. */
  signal?: AbortSignal;
  timeLimitMs?: number;
  /** The name messages give the list; the file's own name by default. */
  name?: string;
} & ListImportOptions;

async function importHere(request: ImportListRequest, onStage: Options['onStage']) {
  onStage?.('reading');
  // The Markdown parser is large: it loads only when a list is added (in the worker, its own file).
  const { importListFile } = await import('../../lib/lists/import-list');
  const { file, name, now, sourceUrl } = request;
  return importListFile(name, await file.text(), now, onStage, { sourceUrl });
}

/**
 * `importListFile` of a picked file, in a worker with a time limit: the page stays responsive
 * however long the parse takes, and a parse past the limit (or cancelled) is ended, not waited
 * for. Only where no worker can be made (tests, very old browsers) does it run here.
 */
export function importListInWorker(file: File | Blob, options: Options = {}): Promise<ListImport> {
  const { onStage, signal, timeLimitMs = LIST_TIME_LIMIT_MS } = options;
  const name = options.name ?? (file instanceof File ? file.name : 'the list');
  const request: ImportListRequest = { file, name, now: Date.now() };
  if (options.sourceUrl !== undefined) request.sourceUrl = options.sourceUrl;
  if (typeof Worker === 'undefined') return importHere(request, onStage);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import-list.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return importHere(request, onStage);
  }
  return new Promise<ListImport>((resolve) => {
    const finish = (result: ListImport) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
      resolve(result);
    };
    const cancel = () => finish({ ok: false, error: `Stopped reading ${name}.` });
    const seconds = Math.round(timeLimitMs / 1000);
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          error: `Reading ${name} took longer than ${seconds} seconds, so it was stopped; a real list reads in a few.`,
        }),
      timeLimitMs,
    );
    if (signal?.aborted) return cancel();
    signal?.addEventListener('abort', cancel);
    worker.addEventListener('message', (event: MessageEvent<ImportListMessage>) => {
      if (event.data.kind === 'stage') onStage?.(event.data.stage);
      else finish(event.data.result);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish({
        ok: false,
        error: `${name} could not be read (${event.message || 'the reader failed'}).`,
      });
    });
    worker.addEventListener('messageerror', () =>
      finish({ ok: false, error: `${name} could not be read (its result was lost).` }),
    );
    worker.postMessage(request);
  });
}
