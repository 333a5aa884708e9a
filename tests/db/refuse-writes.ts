import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { db } from '../../src/db/database';

/** Which writes to refuse: by default every one. */
export type RefusePredicate = (table: string, request: DBCoreMutateRequest) => boolean;

/**
 * Makes writes fail the way a full disk does, until the returned function is called:
 * fake-indexeddb cannot fill up. Reads still work. `resetDatabase` removes it (same name).
 */
export async function refuseWrites(refuses: RefusePredicate = () => true): Promise<() => void> {
  let refusing = true;
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'fail',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            refusing && refuses(name, request)
              ? Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'))
              : table.mutate(request),
        };
      },
    }),
  });
  await db.open();
  return () => {
    refusing = false;
  };
}
