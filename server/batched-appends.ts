// Group commit for appended updates. Committing one update at a time costs one disk flush per
// keystroke (SQLite with synchronous = FULL holds the event loop for each one), which caps a
// server at a few hundred updates a second. Instead, updates that arrive while commits are under
// way wait and go in together in the next one; each caller still hears back only once its own
// update is committed, so acknowledged still means stored.

export type AppendRow = { name: string; update: Uint8Array };

type Waiting = { row: AppendRow; resolve: () => void; reject: (error: unknown) => void };

/**
 * `concurrency` commits may be under way at once: 1 for SQLite (synchronous anyway), more for
 * PostgreSQL, whose commits wait on its disk flush and overlap well over several connections.
 */
export function batchedAppends(commit: (rows: AppendRow[]) => Promise<void>, concurrency = 1) {
  let queue: Waiting[] = [];
  let underWay = 0;
  let scheduled = false;

  const startCommits = (): void => {
    scheduled = false;
    while (queue.length > 0 && underWay < concurrency) {
      const batch = queue;
      queue = [];
      underWay += 1;
      commit(batch.map((waiting) => waiting.row))
        .then(
          () => batch.forEach((waiting) => waiting.resolve()),
          (error: unknown) => batch.forEach((waiting) => waiting.reject(error)),
        )
        .finally(() => {
          underWay -= 1;
          schedule();
        });
    }
  };
  // setImmediate, so that every message read in this turn of the event loop joins the batch.
  const schedule = (): void => {
    if (scheduled || queue.length === 0) return;
    scheduled = true;
    setImmediate(startCommits);
  };

  return {
    append(name: string, update: Uint8Array): Promise<void> {
      return new Promise((resolve, reject) => {
        queue.push({ row: { name, update }, resolve, reject });
        schedule();
      });
    },
    /** Resolves once every update handed to append() so far is committed (or failed). */
    async drain(): Promise<void> {
      while (queue.length > 0 || underWay > 0) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
  };
}
