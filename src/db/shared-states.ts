import { Dexie, type IntervalTree, type IntervalTreeNode, type ObservabilitySet } from 'dexie';
import { withEntries } from '../lib/layered-map';
import type { PaperState } from '../lib/paper-state';
import { db } from './database';
import { reportReadFailure } from './database-health';

export type StatesMap = ReadonlyMap<string, PaperState>;

/*
 * Every paper's state, in memory, shared by every component that needs them all. Read whole
 * once; after that a write (from this tab or another: Dexie relays them) re-reads only the
 * records it touched, into a map layered over the last (see withEntries), never a copy. A live
 * query of the table would read all of it again after every write: at 10,000 papers that is
 * tens of milliseconds of main thread per status change or autosave.
 */

let shared: StatesMap | undefined;
// The last maps made by re-reading a few records, oldest first, each with the map it was made
// from and the ids it re-read: what is derived from every state can then be brought up to date
// from those records alone (see changedIdsBetween). Only the last few are kept, as each keeps
// the one before it alive.
const history: { map: StatesMap; from: StatesMap; ids: readonly string[] }[] = [];
// Past this many maps apart, deriving anew is as cheap as following every step.
const MOST_STEPS = 20;
const listeners = new Set<() => void>();
// Reads are applied in the order they were started, so an older read never undoes a newer one.
let queue: Promise<void> = Promise.resolve();

// Past this many records a write is reloaded whole: one read of the table is cheaper then.
const MOST_KEYS = 500;
const PAPERS_PART = `idb://${db.name}/papers/`;

function publish(next: StatesMap): void {
  shared = next;
  listeners.forEach((notify) => notify());
}

/** The ids a write touched, or null when it touched a whole range of keys (a clear). */
export function touchedIds(tree: IntervalTree): string[] | null {
  const ids: string[] = [];
  const visit = (node: IntervalTreeNode | null | undefined): boolean => {
    if (!node) return true;
    if (typeof node.from !== 'string' || node.from !== node.to || ids.length >= MOST_KEYS) {
      return false;
    }
    ids.push(node.from);
    return visit(node.l) && visit(node.r);
  };
  return 'from' in tree && !visit(tree) ? null : ids;
}

async function readAll(): Promise<StatesMap> {
  try {
    const list = await db.papers.toArray();
    return new Map(list.map((state) => [state.id, state]));
  } catch (error) {
    // A failed read must not take the list down with it: the database banner explains.
    reportReadFailure(error);
    return shared ?? new Map();
  }
}

async function readSome(ids: string[]): Promise<StatesMap> {
  try {
    const records = await db.papers.bulkGet(ids);
    const before = shared;
    const next = withEntries(
      before ?? new Map<string, PaperState>(),
      ids.map((id, i) => [id, records[i]] as const),
    );
    if (before) {
      history.push({ map: next, from: before, ids });
      if (history.length > MOST_STEPS) history.shift();
    }
    return next;
  } catch (error) {
    reportReadFailure(error);
    return shared ?? new Map();
  }
}

function enqueue(read: () => Promise<StatesMap>): void {
  queue = queue.then(async () => {
    const next = await read();
    if (listeners.size > 0) publish(next);
  });
}

function onStorageMutated(parts: ObservabilitySet): void {
  const tree = parts[PAPERS_PART];
  if (!tree || !('from' in tree)) return;
  const ids = touchedIds(tree);
  enqueue(ids === null ? readAll : () => readSome(ids));
}

export function subscribeToStates(listener: () => void): () => void {
  if (listeners.size === 0) {
    Dexie.on.storagemutated.subscribe(onStorageMutated);
    enqueue(readAll);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    Dexie.on.storagemutated.unsubscribe(onStorageMutated);
    shared = undefined;
    history.length = 0;
  };
}

/**
 * The ids whose records may differ between two maps of states (`to` published after `from`),
 * or null when that is not known (a whole re-read, or too many writes apart).
 */
export function changedIdsBetween(from: StatesMap, to: StatesMap): string[] | null {
  const ids = new Set<string>();
  let map = to;
  for (let index = history.length - 1; map !== from; index -= 1) {
    const step = history[index];
    if (!step) return null;
    if (step.map !== map) continue;
    for (const id of step.ids) ids.add(id);
    map = step.from;
  }
  return [...ids];
}

/** Undefined until the first read has finished. */
export function currentStates(): StatesMap | undefined {
  return shared;
}
