import { db } from '../../src/db/database';
import type { PaperSnapshot } from '../../src/lib/paper-state';

// Each test starts from an empty database, and with any test middleware gone.
export async function resetDatabase(): Promise<void> {
  db.close();
  db.unuse({ stack: 'dbcore', name: 'fail' });
  await db.delete();
  await db.open();
}

export function snapshotOf(id: string): PaperSnapshot {
  return { title: `Paper ${id}`, url: `https://example.org/${id}` };
}
