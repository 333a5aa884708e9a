import { guardUnsavedWrites } from '../../src/app/unload-guard';
import { flushAfterPendingWrites, runWrite } from '../../src/db/save-status';

// True when the browser would ask before leaving the page.
function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

// A write that lands (or fails) only when told to.
function heldWrite(options?: { quiet?: boolean; journaled?: boolean }) {
  let land: () => void = () => undefined;
  let fail: () => void = () => undefined;
  const write = runWrite(
    'the test',
    () =>
      new Promise<void>((resolve, reject) => {
        land = resolve;
        fail = () => reject(new Error('boom'));
      }),
    options,
  );
  return { write, land, fail };
}

describe('leaving the page in the middle of a write', () => {
  let unguard: () => void;
  beforeEach(() => {
    unguard = guardUnsavedWrites();
  });
  afterEach(async () => {
    await flushAfterPendingWrites();
    unguard();
  });

  it('asks only while a write is in flight', async () => {
    expect(leavingAsks()).toBe(false);
    const held = heldWrite();
    expect(leavingAsks()).toBe(true);
    held.land();
    await held.write;
    expect(leavingAsks()).toBe(false);
  });

  it('stops asking once a write has failed (the failure is shown instead)', async () => {
    const held = heldWrite();
    expect(leavingAsks()).toBe(true);
    held.fail();
    await expect(held.write).rejects.toThrow('Not saved: boom');
    expect(leavingAsks()).toBe(false);
  });

  it('keeps asking until the last of several writes lands', async () => {
    const first = heldWrite();
    const second = heldWrite();
    first.land();
    await first.write;
    expect(leavingAsks()).toBe(true);
    second.land();
    await second.write;
    expect(leavingAsks()).toBe(false);
  });

  it('does not ask for a journaled note or a quiet bookkeeping write', async () => {
    const note = heldWrite({ journaled: true });
    const visit = heldWrite({ quiet: true });
    expect(leavingAsks()).toBe(false);
    note.land();
    visit.land();
    await Promise.all([note.write, visit.write]);
  });

  it('no longer listens once removed', () => {
    unguard();
    const held = heldWrite();
    expect(leavingAsks()).toBe(false);
    held.land();
    unguard = guardUnsavedWrites();
  });
});
