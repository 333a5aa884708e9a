import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  askForPersistenceAfterFirstSave,
  readStorageInfo,
  requestPersistentStorage,
  useStorageInfo,
} from '../../src/db/storage-persistence';
import { setStatus } from '../../src/db/paper-writes';
import { flushAfterPendingWrites } from '../../src/db/save-status';
import { resetDatabase, snapshotOf } from './reset-database';

beforeEach(resetDatabase);
afterEach(() => vi.unstubAllGlobals());

/** A browser's storage manager, answering as given (a function throws to refuse). */
function stubStorage(storage: Partial<StorageManager> | undefined) {
  vi.stubGlobal('navigator', { ...navigator, storage });
}

const refused = () => Promise.reject(new DOMException('no', 'NotAllowedError'));

describe('readStorageInfo', () => {
  it('says whether storage is persisted, how much is used and how much is allowed', async () => {
    stubStorage({
      persisted: async () => true,
      estimate: async () => ({ usage: 1_234, quota: 5_000_000 }),
    });
    expect(await readStorageInfo()).toEqual({ persisted: true, usage: 1_234, quota: 5_000_000 });
  });

  it('says it does not know what the browser cannot or will not tell', async () => {
    stubStorage({ persisted: refused, estimate: async () => ({}) });
    expect(await readStorageInfo()).toEqual({ persisted: null, usage: null, quota: null });
    stubStorage({ persisted: async () => false, estimate: refused });
    expect(await readStorageInfo()).toEqual({ persisted: false, usage: null, quota: null });
    stubStorage({});
    expect(await readStorageInfo()).toEqual({ persisted: null, usage: null, quota: null });
    stubStorage(undefined);
    expect(await readStorageInfo()).toEqual({ persisted: null, usage: null, quota: null });
  });
});

describe('requestPersistentStorage', () => {
  it("gives the browser's answer, or null when it cannot be asked or refuses to answer", async () => {
    const persist = vi.fn(async () => true);
    stubStorage({ persist });
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    stubStorage({ persist: async () => false });
    expect(await requestPersistentStorage()).toBe(false);
    stubStorage({ persist: refused });
    expect(await requestPersistentStorage()).toBeNull();
    stubStorage({});
    expect(await requestPersistentStorage()).toBeNull();
  });
});

describe('askForPersistenceAfterFirstSave', () => {
  it('asks once, after the first save and not before', async () => {
    const persist = vi.fn(async () => true);
    stubStorage({ persist });
    const stop = askForPersistenceAfterFirstSave();
    expect(persist).not.toHaveBeenCalled();
    await setStatus('p1', 'read', snapshotOf('p1'));
    await flushAfterPendingWrites();
    await vi.waitFor(() => expect(persist).toHaveBeenCalledOnce());
    await setStatus('p2', 'read', snapshotOf('p2'));
    await flushAfterPendingWrites();
    expect(persist).toHaveBeenCalledOnce();
    stop();
  });
});

describe('useStorageInfo', () => {
  it('reads the storage info, and reads it again when asked', async () => {
    let usage = 100;
    stubStorage({ persisted: async () => true, estimate: async () => ({ usage, quota: 1_000 }) });
    const { result } = renderHook(() => useStorageInfo());
    expect(result.current[0]).toBeNull();
    await waitFor(() =>
      expect(result.current[0]).toEqual({ persisted: true, usage: 100, quota: 1_000 }),
    );
    usage = 300;
    act(() => result.current[1]());
    await waitFor(() => expect(result.current[0]?.usage).toBe(300));
  });

  it('keeps a newer reading when an older one answers late', async () => {
    const answers: ((estimate: StorageEstimate) => void)[] = [];
    stubStorage({ estimate: () => new Promise((resolve) => answers.push(resolve)) });
    const { result } = renderHook(() => useStorageInfo());
    await waitFor(() => expect(answers).toHaveLength(1));
    act(() => result.current[1]());
    await waitFor(() => expect(answers).toHaveLength(2));
    await act(async () => answers[1]?.({ usage: 2, quota: 10 }));
    await act(async () => answers[0]?.({ usage: 1, quota: 10 }));
    expect(result.current[0]?.usage).toBe(2);
  });
});
