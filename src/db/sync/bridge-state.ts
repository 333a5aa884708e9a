import type * as Y from 'yjs';
import type { PaperState } from '../../lib/paper-state';

// Marks the document changes the bridge makes itself, so that they are not copied back.
export const BRIDGE_ORIGIN = Symbol('readmark-sync-bridge');

/**
 * What the tables and the document last agreed on, per paper (and per list, and for the Next
 * up order). A difference between a table and this is a change made on this device; between
 * the document and this, a change that came from elsewhere. Kept in memory only: at each start
 * the two are reconciled afresh (reconcile.ts).
 */
export type BridgeState = {
  doc: Y.Doc;
  papers: Map<string, PaperState>;
  lists: Map<string, string>;
  order: string | undefined;
};

export function createBridgeState(doc: Y.Doc): BridgeState {
  return { doc, papers: new Map(), lists: new Map(), order: undefined };
}
