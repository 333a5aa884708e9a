import type { PaperSnapshot } from '../lib/paper-state';
import { getPaperState } from './paper-queries';
import { saveNote } from './paper-writes';

// A note typed just before the tab closes may never reach IndexedDB: its transaction needs
// several turns of the event loop that an unloading page does not get. Every keystroke is
// therefore also journaled synchronously to localStorage, and the journal is replayed into the
// database at the next start. IndexedDB stays the store of record.
const PREFIX = 'readmark:note-draft:';

type Draft = PaperSnapshot & { text: string; at: number };

/** localStorage, or null where it is missing or refused (some private modes throw). */
function storage(): Storage | null {
  try {
    return localStorage ?? null;
  } catch {
    return null;
  }
}

/** The journal's keys: only ours, whatever else the origin keeps in localStorage. */
function draftKeys(store: Storage): string[] {
  return Object.keys(store).filter((key) => key.startsWith(PREFIX));
}

export function journalNoteDraft(id: string, text: string, snapshot: PaperSnapshot): void {
  const draft: Draft = { text, at: Date.now(), title: snapshot.title, url: snapshot.url };
  try {
    localStorage.setItem(PREFIX + id, JSON.stringify(draft));
  } catch {
    // Missing, full or disabled: the IndexedDB write path still runs and reports its failure.
  }
}

/** Forgets the journaled draft once exactly this text is safely in the database. */
export function clearNoteDraft(id: string, savedText: string): void {
  const store = storage();
  if (store && readDraft(store, PREFIX + id)?.text === savedText) store.removeItem(PREFIX + id);
}

function readDraft(store: Storage, key: string): Draft | null {
  let value: unknown;
  try {
    value = JSON.parse(store.getItem(key) ?? 'null');
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { text, at, title, url } = value as Record<string, unknown>;
  if (typeof text !== 'string' || typeof at !== 'number') return null;
  return {
    text,
    at,
    title: typeof title === 'string' ? title : '',
    url: typeof url === 'string' ? url : '',
  };
}

export function hasNoteDrafts(): boolean {
  const store = storage();
  return store !== null && draftKeys(store).length > 0;
}

/**
 * Writes journaled drafts that are newer than the stored note into the database. Returns the
 * number of notes recovered. A draft whose write fails stays journaled for the next start.
 */
export async function recoverNoteDrafts(): Promise<number> {
  const store = storage();
  if (!store) return 0;
  let recovered = 0;
  for (const key of draftKeys(store)) {
    const id = key.slice(PREFIX.length);
    const draft = readDraft(store, key);
    if (!draft) {
      store.removeItem(key);
      continue;
    }
    const stored = await getPaperState(id);
    const storedAt = stored?.noteUpdatedAt ?? 0;
    const storedNote = stored?.note ?? '';
    if (storedNote !== draft.text && draft.at <= storedAt) {
      // Written elsewhere after this draft: keep the draft rather than guess which text wins.
      continue;
    }
    if (storedNote !== draft.text) {
      await saveNote(id, draft.text, {
        title: stored?.title || draft.title,
        url: stored?.url || draft.url,
      });
      recovered += 1;
    }
    store.removeItem(key);
  }
  return recovered;
}
