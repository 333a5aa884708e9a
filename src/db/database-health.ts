import { useEffect, useState } from 'react';
import { flushPendingInput } from '../lib/pending-flushes';
import { db } from './database';
import { flushAfterPendingWrites } from './save-status';

export type DatabaseProblem = {
  kind: 'unavailable' | 'newer' | 'upgraded-elsewhere' | 'failed';
  message: string;
};

function describeOpenError(error: unknown): DatabaseProblem {
  const names: string[] = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && names.length < 5) {
    const link = current as { name?: unknown; inner?: unknown };
    if (typeof link.name === 'string') names.push(link.name);
    current = link.inner;
  }
  if (names.includes('VersionError')) {
    return {
      kind: 'newer',
      message:
        'Your reading data was saved by a newer version of Readmark. Reload to get that version; nothing has been deleted.',
    };
  }
  if (names.some((n) => ['MissingAPIError', 'InvalidStateError', 'SecurityError'].includes(n))) {
    return {
      kind: 'unavailable',
      message:
        'This browser does not let Readmark store data here (private browsing, or site data turned off). You can browse the list, but statuses, notes and tags will not be kept.',
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    kind: 'failed',
    message: `Readmark cannot open its database (${message}). Nothing has been deleted; try reloading.`,
  };
}

let problem: DatabaseProblem | null = null;
const listeners = new Set<(problem: DatabaseProblem | null) => void>();

function report(next: DatabaseProblem) {
  if (problem?.kind === 'upgraded-elsewhere') return;
  problem = next;
  listeners.forEach((listener) => listener(next));
}

// Another tab opened a newer schema: save what is pending, step aside, and ask for a reload,
// instead of blocking the upgrade or writing into a database that is about to change shape.
db.on('versionchange', () => {
  flushPendingInput();
  void flushAfterPendingWrites().finally(() => {
    db.close();
    report({
      kind: 'upgraded-elsewhere',
      message:
        'Readmark was updated in another tab. Reload this tab to keep working; your notes were saved.',
    });
  });
  return false;
});

/** For reads that failed: the list stays usable and the banner says why data is missing. */
export function reportReadFailure(error: unknown): void {
  console.error(error);
  if (problem === null) report(describeOpenError(error));
}

/** Opens the database once at start, so a failure is explained up front rather than on the first write. */
export function openDatabase(): Promise<DatabaseProblem | null> {
  return db.open().then(
    () => null,
    (error: unknown) => {
      const described = describeOpenError(error);
      report(described);
      return described;
    },
  );
}

export function useDatabaseProblem(): DatabaseProblem | null {
  const [current, setCurrent] = useState(problem);
  useEffect(() => {
    listeners.add(setCurrent);
    return () => {
      listeners.delete(setCurrent);
    };
  }, []);
  return current;
}
