// Where documents live between server starts, whichever database holds them. A call resolves
// only once the data is committed, which is what lets the server acknowledge a write only after
// storing it.

export type DocumentStore = {
  /** The document's snapshot merged with every update appended since, or null if never stored. */
  load(name: string): Promise<Uint8Array | null>;
  /** Keeps one incoming update; awaited for each update before the client hears it was applied. */
  append(name: string, update: Uint8Array): Promise<void>;
  /**
   * Folds `state`, the stored snapshot and every appended update into one new snapshot, and drops
   * the appended updates it folded in; returns how many it dropped. Updates appended meanwhile
   * (by this server or another one on the same database) are kept, never dropped unread.
   */
  replace(name: string, state: Uint8Array): Promise<number>;
  /** The name of every stored document, in order. */
  names(): Promise<string[]>;
  /** Resolves when the database answers a trivial query; for the health check. */
  ping(): Promise<void>;
  close(): Promise<void>;
};
