// Group commit for appended updates. Committing one update at a time costs one disk flush per
// keystroke (SQLite with synchronous = FULL holds the event loop for each one), which caps a
// server at a few hundred updates a second. Instead, updates that arrive while a commit is under
// way wait and go in together in the next one; each caller still hears back only once its own
// update is committed, so acknowledged still means stored.

export type AppendRow = { name: string; update: Uint8Array };

type Waiting = { row: AppendRow; resolve: () => void; reject: (error: unknown) => void };

export function batchedAppends(commit: (rows: AppendRow[]) => Promise<void>) {
  let queue: Waiting[] = [];
  let running: Promise<void> | null = null;

  const run = async (): Promise<void> => {
    // setImmediate first, so that every message read in this turn of the event loop joins in.
    await new Promise((resolve) => setImmediate(resolve));
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        await commit(batch.map((waiting) => waiting.row));
        for (const waiting of batch) waiting.resolve();
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
    running = null;
  };

  return {
    append(name: string, update: Uint8Array): Promise<void> {
      return new Promise((resolve, reject) => {
        queue.push({ row: { name, update }, resolve, reject });
        running ??= run();
      });
    },
    /** Resolves once every update handed to append() so far is committed (or failed). */
    async drain(): Promise<void> {
      while (running) await running;
    },
  };
}
