import { countBetween } from '../lib/backup/write-batches';
import type { PaperState } from '../lib/paper-state';
import { db } from './database';

// A request still in flight while another is awaited: its failure aborts the transaction, which
// rejects the restore, so it must not also surface as an unhandled rejection.
function inFlight<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

export type BatchSteps = {
  /** The stored records of a batch, or null when none can exist (no request to wait for). */
  read: (batch: PaperState[]) => Promise<PaperState[]> | null;
  /** What to store for a batch, given its stored records. */
  combine: (batch: PaperState[], stored: PaperState[]) => PaperState[];
  onWritten: (written: number) => void;
};

/**
 * Puts the papers batch by batch inside the caller's transaction, so no single call copies them
 * all at once (that copy blocks the page). The next batch is read before this one is put, and a
 * put is awaited only after the next one is issued: the database writes one batch while the page
 * prepares the next, and every batch still waits on a request, so each runs in its own task.
 * Only database requests are awaited: waiting on anything else would let the transaction commit.
 */
export async function putInBatches(batches: PaperState[][], steps: BatchSteps): Promise<void> {
  let reading = batches[0] ? steps.read(batches[0]) : null;
  let writing: { put: Promise<unknown>; count: number } | null = null;
  let written = 0;
  for (const [index, batch] of batches.entries()) {
    const stored = reading ? await reading : [];
    const next = batches[index + 1];
    reading = next ? steps.read(next) : null;
    if (reading) inFlight(reading);
    const put = inFlight(db.papers.bulkPut(steps.combine(batch, stored)));
    if (writing) {
      await writing.put;
      written += writing.count;
      steps.onWritten(written);
    }
    writing = { put, count: batch.length };
  }
  if (writing) {
    await writing.put;
    steps.onWritten(written + writing.count);
  }
}

/**
 * Reads the stored records of a batch, given every stored key in ascending order. When the
 * batch's stored papers sit close together among the keys (batches of a sorted backup do), one
 * range read replaces a lookup per paper, which costs the page far more; otherwise it looks
 * each one up, so a read never brings back much more than the batch needs.
 */
export function storedPapersReader(storedKeys: readonly string[]): BatchSteps['read'] {
  const stored = new Set(storedKeys);
  return (batch) => {
    const ids = batch.filter((paper) => stored.has(paper.id)).map((paper) => paper.id);
    if (ids.length === 0) return null;
    let low = ids[0] ?? '';
    let high = low;
    for (const id of ids) {
      if (id < low) low = id;
      if (id > high) high = id;
    }
    const wanted = new Set(ids);
    const inRange = countBetween(storedKeys, low, high);
    const read: Promise<(PaperState | undefined)[]> =
      inRange <= ids.length * 2
        ? db.papers.where(':id').between(low, high, true, true).toArray()
        : db.papers.bulkGet(ids);
    return read.then((found) =>
      found.filter((paper): paper is PaperState => paper !== undefined && wanted.has(paper.id)),
    );
  };
}
