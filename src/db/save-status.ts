import { useSyncExternalStore } from 'react';

// A failed write, with a message meant for the user rather than for a developer.
export class SaveError extends Error {
  override readonly name = 'SaveError';
  // What was being saved ("the note", "the status"), for logs and for UIs that want to say so.
  readonly what: string;

  constructor(message: string, what: string, options?: { cause?: unknown }) {
    super(message, options);
    this.what = what;
  }
}

export type SaveState = {
  pending: number;
  lastError: SaveError | null;
  lastSavedAt: number | null;
};

const CLOSED = 'Not saved: the database was closed. Reload the page; your text is still on screen.';

// Keyed by the DOMException (or Dexie error) name.
const MESSAGES: Readonly<Record<string, string>> = {
  QuotaExceededError: "Not saved: the browser's storage for this site is full.",
  DatabaseClosedError: CLOSED,
  InvalidStateError: CLOSED,
  MissingAPIError: 'Not saved: this browser has no IndexedDB (private mode?).',
};

// Dexie wraps the browser's DOMException (e.g. an AbortError whose `inner` is the real
// QuotaExceededError), so the useful name may sit a few levels down.
function errorChain(error: unknown): { name?: unknown; message?: unknown }[] {
  const chain: { name?: unknown; message?: unknown }[] = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && chain.length < 5) {
    const link = current as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    chain.push(link);
    current = link.inner ?? link.cause;
  }
  return chain;
}

export function toSaveError(error: unknown, what: string): SaveError {
  if (error instanceof SaveError) return error;
  const chain = errorChain(error);
  for (const link of chain) {
    const known = typeof link.name === 'string' ? MESSAGES[link.name] : undefined;
    if (known !== undefined) return new SaveError(known, what, { cause: error });
  }
  const deepest = chain.at(-1);
  const detail =
    typeof deepest?.message === 'string' && deepest.message !== ''
      ? deepest.message
      : String(error);
  return new SaveError(`Not saved: ${detail}`, what, { cause: error });
}

let state: SaveState = { pending: 0, lastError: null, lastSavedAt: null };
const listeners = new Set<() => void>();
const inFlight = new Set<Promise<void>>();
let unjournaled = 0;

// A new object on every change, so useSyncExternalStore sees the change by identity.
function publish(next: Partial<SaveState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export function getSaveState(): SaveState {
  return state;
}

export function subscribeSaveState(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useSaveState(): SaveState {
  return useSyncExternalStore(subscribeSaveState, getSaveState, getSaveState);
}

// Every write goes through here, so that the UI hears about each failure in words a user
// can act on. The rejection still reaches the caller: nothing is swallowed.
// A quiet write is bookkeeping the user did not ask for (what they have seen of a list): it
// shows neither "Saving…" nor "All changes saved", only a failure.
// A journaled write is also kept elsewhere until it lands (a note's draft), so closing the page
// in the middle of it loses nothing; any other write is lost if the page goes away first.
export function runWrite<T>(
  what: string,
  fn: () => Promise<T>,
  { quiet = false, journaled = false }: { quiet?: boolean; journaled?: boolean } = {},
): Promise<T> {
  const step = quiet ? 0 : 1;
  const risky = !quiet && !journaled;
  if (step) publish({ pending: state.pending + step });
  if (risky) unjournaled += 1;
  const write = (async () => {
    try {
      const result = await fn();
      if (step) {
        publish({ pending: state.pending - step, lastError: null, lastSavedAt: Date.now() });
      }
      return result;
    } catch (error) {
      const saveError = toSaveError(error, what);
      publish({ pending: state.pending - step, lastError: saveError });
      throw saveError;
    } finally {
      if (risky) unjournaled -= 1;
    }
  })();
  const settled = write.then(
    () => undefined,
    () => undefined,
  );
  inFlight.add(settled);
  void settled.then(() => inFlight.delete(settled));
  return write;
}

/** True while a write the user made would be lost if the page closed now. */
export function hasUnjournaledWrites(): boolean {
  return unjournaled > 0;
}

// Resolves once every write started before the call has succeeded or failed (e.g. before a
// reload). Failures are reported through runWrite's callers and the save state, not here.
export async function flushAfterPendingWrites(): Promise<void> {
  await Promise.all([...inFlight]);
}
