import { Dexie, type ObservabilitySet } from 'dexie';
import type * as Y from 'yjs';
import { touchedBy } from '../../lib/sync/library-doc';
import { db } from '../database';
import { touchedIds } from '../shared-states';
import { BRIDGE_ORIGIN, createBridgeState } from './bridge-state';
import { pullLists, pullOrder, pushLists, pushOrder } from './list-sync';
import { pullPapers, pushPapers } from './paper-sync';
import { reconcile, type ReconcileMode } from './reconcile';

export type Bridge = {
  /** Papers that came in from the account at the start (those this device did not have). */
  cameIn: number;
  /** Resolves once every change seen so far has been copied across. */
  idle: () => Promise<void>;
  stop: () => void;
};

const part = (table: string) => `idb://${db.name}/${table}/`;

/**
 * The one place that keeps the Dexie tables (the app's store of record) and the replicated
 * document in step: a write to the tables, from this tab or another, is copied into the
 * document; a change from another device is copied into the tables. Each copy compares with
 * what both last agreed on, so a copy never comes back as a new change (no echo).
 */
export async function startBridge(doc: Y.Doc, mode: ReconcileMode): Promise<Bridge> {
  const state = createBridgeState(doc);
  let queue: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const run = (task: () => Promise<unknown>) => {
    queue = queue.then(() => (stopped ? undefined : task())).catch(() => undefined);
  };

  const pull = (ids: string[]) => run(() => pullPapers(state, ids));
  const onTables = (parts: ObservabilitySet) => {
    const papers = parts[part('papers')];
    if (papers && 'from' in papers) {
      const ids = touchedIds(papers);
      run(async () => {
        const differ = await pushPapers(state, ids);
        if (differ.length > 0) pull(differ);
      });
    }
    if (parts[part('lists')]) run(() => pushLists(state));
    if (parts[part('meta')]) run(() => pushOrder(state));
  };
  const onDoc = (transaction: Y.Transaction) => {
    if (transaction.origin === BRIDGE_ORIGIN) return;
    const touched = touchedBy(doc, transaction);
    if (touched.papers.size > 0) pull([...touched.papers]);
    if (touched.lists) run(() => pullLists(state));
    if (touched.settings) run(() => pullOrder(state));
  };

  // Listening from the start, with the reconciliation first in the queue: a change made while
  // it runs (in steps, a big library takes a while) is copied once it is done, not missed.
  Dexie.on.storagemutated.subscribe(onTables);
  doc.on('afterTransaction', onDoc);
  let cameIn = 0;
  let failed: { error: unknown } | undefined;
  run(async () => {
    try {
      cameIn = await reconcile(state, mode);
    } catch (error) {
      failed = { error };
    }
  });
  await queue;
  const stop = () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(onTables);
    doc.off('afterTransaction', onDoc);
  };
  if (failed) {
    stop();
    throw failed.error;
  }
  return {
    cameIn,
    idle: async () => {
      let seen: Promise<unknown> | undefined;
      while (seen !== queue) {
        seen = queue;
        await queue;
      }
    },
    stop,
  };
}
