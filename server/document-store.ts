// Where documents live between server starts. Every call is synchronous: when it returns, the
// data is on disk, which is what lets the server acknowledge a write only after storing it.

export type DocumentStore = {
  /** The document's snapshot merged with every update appended since, or null if never stored. */
  load(name: string): Uint8Array | null;
  /** Keeps one incoming update; called for each update before the client hears it was applied. */
  append(name: string, update: Uint8Array): void;
  /** Stores the full state and drops the appended updates it covers; returns how many it dropped. */
  replace(name: string, state: Uint8Array): number;
  close(): void;
};
