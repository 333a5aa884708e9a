import { act, renderHook, waitFor } from '@testing-library/react';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => vi.restoreAllMocks());

/** Fresh modules, as at a page load: no problem reported yet, a database not yet opened. */
async function load() {
  vi.resetModules();
  const { db } = await import('../../src/db/database');
  const health = await import('../../src/db/database-health');
  const refuse = (error: unknown) => vi.spyOn(db, 'open').mockRejectedValue(error);
  return { db, refuse, ...health };
}

const named = (name: string, inner?: unknown) => Object.assign(new Error(name), { name, inner });

describe('opening the database', () => {
  it('reports no problem when it opens', async () => {
    const { openDatabase, useDatabaseProblem, db } = await load();
    await expect(openDatabase()).resolves.toBeNull();
    expect(renderHook(() => useDatabaseProblem()).result.current).toBeNull();
    db.close();
  });

  it('says the data is from a newer version when the stored schema is newer', async () => {
    const { openDatabase, refuse } = await load();
    // Dexie wraps the browser's error: the cause is found among the inner errors.
    refuse(named('OpenFailedError', named('DatabaseClosedError', named('VersionError'))));
    await expect(openDatabase()).resolves.toEqual({
      kind: 'newer',
      message: expect.stringContaining('saved by a newer version of Readmark'),
    });
  });

  it.each(['MissingAPIError', 'InvalidStateError', 'SecurityError'])(
    'says storage is not available after %s',
    async (name) => {
      const { openDatabase, refuse } = await load();
      refuse(named('OpenFailedError', named(name)));
      await expect(openDatabase()).resolves.toEqual({
        kind: 'unavailable',
        message: expect.stringContaining('does not let Readmark store data here'),
      });
    },
  );

  it("names any other failure's message, and says nothing was deleted", async () => {
    const { openDatabase, refuse } = await load();
    refuse(new Error('disk on fire'));
    await expect(openDatabase()).resolves.toEqual({
      kind: 'failed',
      message:
        'Readmark cannot open its database (disk on fire). Nothing has been deleted; try reloading.',
    });
    refuse('a bare string');
    await expect(openDatabase()).resolves.toMatchObject({
      message: expect.stringContaining('(a bare string)'),
    });
  });

  it('looks five errors deep for the cause, and no deeper', async () => {
    const { openDatabase, refuse } = await load();
    const deep = (depth: number) => {
      let error: unknown = named('VersionError');
      for (let i = 1; i < depth; i += 1) error = named('OpenFailedError', error);
      return error;
    };
    refuse(deep(5));
    await expect(openDatabase()).resolves.toMatchObject({ kind: 'newer' });
    refuse(deep(6));
    await expect(openDatabase()).resolves.toMatchObject({ kind: 'failed' });
  });

  it('shows the problem to every component following it, and to one that comes later', async () => {
    const { openDatabase, refuse, useDatabaseProblem } = await load();
    const early = renderHook(() => useDatabaseProblem());
    refuse(named('SecurityError'));
    await act(() => openDatabase());
    expect(early.result.current?.kind).toBe('unavailable');
    expect(renderHook(() => useDatabaseProblem()).result.current?.kind).toBe('unavailable');
    early.unmount();
  });
});

describe('reportReadFailure', () => {
  it('logs the error and reports the first failure only', async () => {
    const { reportReadFailure, useDatabaseProblem } = await load();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { result } = renderHook(() => useDatabaseProblem());
    act(() => reportReadFailure(new Error('first')));
    act(() => reportReadFailure(named('VersionError')));
    expect(logged).toHaveBeenCalledTimes(2);
    expect(result.current).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('first'),
    });
  });
});

describe('another tab upgrading the database', () => {
  it('steps aside, closes this connection and asks for a reload, and that message stays', async () => {
    const { db, openDatabase, reportReadFailure, useDatabaseProblem } = await load();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await openDatabase();
    const { result } = renderHook(() => useDatabaseProblem());
    // A newer release in another tab opens the same database at a higher version.
    const newer = new Dexie(db.name);
    newer.version(db.verno + 1).stores({});
    await newer.open();
    await waitFor(() => expect(result.current?.kind).toBe('upgraded-elsewhere'));
    expect(result.current?.message).toMatch(/updated in another tab.*your notes were saved/);
    expect(db.isOpen()).toBe(false);
    act(() => reportReadFailure(new Error('closed')));
    expect(result.current?.kind).toBe('upgraded-elsewhere');
    newer.close();
    await Dexie.delete(db.name);
  });
});
