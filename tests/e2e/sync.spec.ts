import type { Browser, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEEPXPLORE } from './helpers';
import { createCleanup } from './sync/cleanup';
import {
  SYNC_TIMEOUT,
  addTag,
  closeDevice,
  connectSync,
  disconnectSync,
  expectNoteSaved,
  expectSyncState,
  expectTags,
  openDevice,
  openPaper,
  setStatus,
  syncIndicator,
  type Device,
} from './sync/devices';
import { readLibraryStrings } from './sync/server-document';
import {
  expiredToken,
  issueToken,
  signToken,
  startSyncServer,
  type SyncServer,
} from './sync/sync-server';
import { startTcpProxy, type TcpProxy } from './sync/tcp-proxy';

const NNSMITH = 'NNSmith: Generating Diverse and Valid Test Cases for Deep Learning Compilers';
const NEURI = 'NeuRI: Diversifying DNN Generation via Inductive Rule Inference';
/** After an outage a device's reconnect backs off; give it longer than an ordinary sync. */
const RECONNECT_TIMEOUT = 60_000;
// The texts a merge puts between two notes it kept whole: a live merge must never need one.
const MARKER = /Also written elsewhere|Kept from an earlier version/;

const cleanup = createCleanup();
test.afterEach(() => cleanup.run());

/** A sync server of the test's own; its log is attached when the test fails. */
async function serverFor(testInfo: TestInfo): Promise<SyncServer> {
  const server = await startSyncServer();
  cleanup.add(async () => {
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('sync-server.log', { body: server.log(), contentType: 'text/plain' });
    }
    await server.dispose();
  });
  return server;
}

async function proxyTo(server: SyncServer): Promise<TcpProxy> {
  const proxy = await startTcpProxy(server.port);
  cleanup.add(() => proxy.close());
  return proxy;
}

/** A device (browser profile) closed after the test, which fails if it saw a page problem. */
async function deviceFor(browser: Browser, name: string): Promise<Device> {
  const device = await openDevice(browser, name);
  cleanup.add(async () => expect(await closeDevice(device)).toEqual([]));
  return device;
}

async function connectAndSync(device: Device, url: string, token: string) {
  await connectSync(device.page, url, token);
  await expectSyncState(device.page, 'synced');
  await expect(syncIndicator(device.page)).toHaveText(/Synced/);
}

/** Alice's account on a fresh server, and two of her devices synced through proxies of their own. */
async function twoSyncedDevices(browser: Browser, testInfo: TestInfo) {
  const server = await serverFor(testInfo);
  const token = await signToken('alice', { expiresIn: '1d' });
  const [a, b] = [await deviceFor(browser, 'A'), await deviceFor(browser, 'B')];
  const [proxyA, proxyB] = [await proxyTo(server), await proxyTo(server)];
  await connectAndSync(a, proxyA.url, token);
  await connectAndSync(b, proxyB.url, token);
  return { server, token, a, b, proxyA, proxyB };
}

test('notes, tags and a status changed on two offline devices all reach both', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const { a, b, proxyA, proxyB } = await twoSyncedDevices(browser, testInfo);

  const shared = 'Neuron coverage guides the search.';
  const inA = await openPaper(a.page, 'deepxplore', DEEPXPLORE);
  const notesA = inA.getByRole('textbox', { name: 'Notes' });
  await notesA.fill(shared);
  await expectNoteSaved(inA);
  const inB = await openPaper(b.page, 'deepxplore', DEEPXPLORE);
  const notesB = inB.getByRole('textbox', { name: 'Notes' });
  await expect(notesB).toHaveValue(shared, { timeout: SYNC_TIMEOUT });
  // The writer's own editor keeps showing the note once the server has echoed it back.
  await expect(notesA).toHaveValue(shared);

  proxyA.cut();
  proxyB.cut();
  await expectSyncState(a.page, 'offline');
  await expectSyncState(b.page, 'offline');

  const intro = 'Read twice. ';
  const ending = ' Compare with NNSmith.';
  await notesA.press('Control+Home');
  await notesA.pressSequentially(intro);
  await expect(notesA).toHaveValue(intro + shared);
  await expectNoteSaved(inA);
  await notesB.press('Control+End');
  await notesB.pressSequentially(ending);
  await expect(notesB).toHaveValue(shared + ending);
  await expectNoteSaved(inB);
  await addTag(inB, 'from-b');
  await addTag(inA, 'from-a');
  await setStatus(inB, 'Reading');
  for (const device of [a, b]) {
    await expectSyncState(device.page, 'offline');
    await expect(syncIndicator(device.page)).toHaveText(/Offline: [1-9]\d* changes? waiting/);
  }

  proxyA.restore();
  proxyB.restore();
  for (const [device, detail] of [
    [a, inA],
    [b, inB],
  ] as const) {
    await expectSyncState(device.page, 'synced', RECONNECT_TIMEOUT);
    await expect(detail.getByRole('textbox', { name: 'Notes' })).toHaveValue(
      intro + shared + ending,
      { timeout: SYNC_TIMEOUT },
    );
    await expectTags(detail, ['from-a', 'from-b']);
    await expect(detail.getByRole('radio', { name: 'Reading', exact: true })).toBeChecked({
      timeout: SYNC_TIMEOUT,
    });
    await expect(device.page.getByText(MARKER)).toHaveCount(0);
  }
});

test('a server stopped with SIGTERM keeps what it had, and one killed mid-typing loses nothing', async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const { server, token, a, b, proxyA, proxyB } = await twoSyncedDevices(browser, testInfo);

  const before = 'Written before the restart.';
  const inA = await openPaper(a.page, 'deepxplore', DEEPXPLORE);
  const notesA = inA.getByRole('textbox', { name: 'Notes' });
  await notesA.fill(before);
  await expectNoteSaved(inA);
  const inB = await openPaper(b.page, 'deepxplore', DEEPXPLORE);
  const notesB = inB.getByRole('textbox', { name: 'Notes' });
  // B has it, so the server held it in memory when it is told to stop right away.
  await expect(notesB).toHaveValue(before, { timeout: SYNC_TIMEOUT });

  await test.step('SIGTERM flushes, and the restarted server serves the stored note', async () => {
    expect(await server.stop()).toEqual({ code: 0, signal: null });
    await expectSyncState(a.page, 'offline');
    await server.restart();
    // The devices still point at the old port: only what the server stored can answer.
    const stored = await readLibraryStrings(server.url, 'alice', token);
    expect(stored.some((text) => text.includes(before))).toBe(true);
    proxyA.retarget(server.port);
    proxyB.retarget(server.port);
    await expectSyncState(a.page, 'synced', RECONNECT_TIMEOUT);
    await expectSyncState(b.page, 'synced', RECONNECT_TIMEOUT);
  });

  const fromB = ' B read it after the restart.';
  await notesB.press('Control+End');
  await notesB.pressSequentially(fromB);
  await expectNoteSaved(inB);
  await expect(notesA).toHaveValue(before + fromB, { timeout: SYNC_TIMEOUT });

  const long =
    ' Then the server died while this sentence was being typed, and every character of it' +
    ' still has to reach the server and every other device once the server is back.';
  const full = before + fromB + long;
  await notesA.press('Control+End');
  const typing = notesA.pressSequentially(long, { delay: 40 });
  void typing.catch(() => undefined); // awaited below; this only keeps an early failure handled
  await expect
    .poll(async () => (await notesA.inputValue()).length, { timeout: SYNC_TIMEOUT })
    .toBeGreaterThanOrEqual(before.length + fromB.length + 30);
  expect(await server.kill()).toEqual({ code: null, signal: 'SIGKILL' });
  expect((await notesA.inputValue()).length).toBeLessThan(full.length);
  await server.restart();
  proxyA.retarget(server.port);
  proxyB.retarget(server.port);
  await typing;
  await expect(notesA).toHaveValue(full);
  await expectNoteSaved(inA);
  await expectSyncState(a.page, 'synced', RECONNECT_TIMEOUT);

  const c = await deviceFor(browser, 'C');
  await connectAndSync(c, server.url, token);
  const inC = await openPaper(c.page, 'deepxplore', DEEPXPLORE);
  await expect(inC.getByRole('textbox', { name: 'Notes' })).toHaveValue(full, {
    timeout: SYNC_TIMEOUT,
  });
  await expect(notesB).toHaveValue(full, { timeout: RECONNECT_TIMEOUT });
  await expect(c.page.getByText(MARKER)).toHaveCount(0);
});

test('each bad token is refused with its reason, and another user’s notes never show', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const server = await serverFor(testInfo);
  const bobToken = await signToken('bob', { expiresIn: '1d' });
  const bobNote = 'Bob private remark 7f3a';
  const bob = await deviceFor(browser, 'bob');
  await connectAndSync(bob, server.url, bobToken);
  const inBob = await openPaper(bob.page, 'deepxplore', DEEPXPLORE);
  await inBob.getByRole('textbox', { name: 'Notes' }).fill(bobNote);
  await expectNoteSaved(inBob);
  await expect
    .poll(async () => (await readLibraryStrings(server.url, 'bob', bobToken)).join('\n'), {
      timeout: SYNC_TIMEOUT,
    })
    .toContain(bobNote);

  const aliceToken = await issueToken(server, 'alice', '30d');
  const aliceNote = 'Alice keeps her own notes';
  const alice = await deviceFor(browser, 'alice');
  await connectAndSync(alice, server.url, aliceToken);
  const inAlice = await openPaper(alice.page, 'deepxplore', DEEPXPLORE);
  await inAlice.getByRole('textbox', { name: 'Notes' }).fill(aliceNote);
  await expectNoteSaved(inAlice);
  await expect
    .poll(async () => (await readLibraryStrings(server.url, 'alice', aliceToken)).join('\n'), {
      timeout: SYNC_TIMEOUT,
    })
    .toContain(aliceNote);
  await disconnectSync(alice.page);

  const attempts = [
    ['a garbage token', 'not-a-token', 'the token is not valid'],
    ['an expired token', await expiredToken('alice'), 'the token has expired'],
    [
      'a token signed with another secret',
      await signToken('alice', {
        expiresIn: '1d',
        secret: 'a-different-secret-of-enough-length-0123456789',
      }),
      'the token is not valid',
    ],
    ['no token at all', '', 'no token'],
    ['bob’s token on alice’s device', bobToken, 'the token is for another user'],
  ] as const;
  for (const [what, token, reason] of attempts) {
    await test.step(what, async () => {
      await connectSync(alice.page, server.url, token);
      await expectSyncState(alice.page, 'refused');
      await expect(syncIndicator(alice.page)).toHaveText(`Sync refused: ${reason}`);
      await expect(alice.page.locator('body')).not.toContainText(bobNote);
    });
  }

  await expectSyncState(alice.page, 'refused');
  const detail = await openPaper(alice.page, 'deepxplore', DEEPXPLORE);
  await expect(detail.getByRole('textbox', { name: 'Notes' })).toHaveValue(aliceNote);
  await expect(alice.page.locator('body')).not.toContainText(bobNote);
  const bobsLibrary = (await readLibraryStrings(server.url, 'bob', bobToken)).join('\n');
  expect(bobsLibrary).toContain(bobNote);
  expect(bobsLibrary).not.toContain(aliceNote);
});

test('a device with data of its own joins an account and both keep everything', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const server = await serverFor(testInfo);
  const token = await signToken('alice', { expiresIn: '1d' });
  const accountNote = 'Account side: coverage criteria.';
  const deviceNote = 'Device side: differential testing.';
  const nnsmithNote = 'Only on the joining device.';

  const a = await deviceFor(browser, 'A');
  await connectAndSync(a, server.url, token);
  const inA = await openPaper(a.page, 'deepxplore', DEEPXPLORE);
  await setStatus(inA, 'Reading');
  await addTag(inA, 'account-tag');
  await inA.getByRole('textbox', { name: 'Notes' }).fill(accountNote);
  await expectNoteSaved(inA);
  // The account's status of NeuRI is older than the joining device's.
  await setStatus(await openPaper(a.page, 'neuri', NEURI), 'Reading');
  await expect
    .poll(async () => (await readLibraryStrings(server.url, 'alice', token)).join('\n'), {
      timeout: SYNC_TIMEOUT,
    })
    .toContain(accountNote);

  const b = await deviceFor(browser, 'B');
  const inB = await openPaper(b.page, 'deepxplore', DEEPXPLORE);
  await addTag(inB, 'device-tag');
  await inB.getByRole('textbox', { name: 'Notes' }).fill(deviceNote);
  await expectNoteSaved(inB);
  const nnsmith = await openPaper(b.page, 'nnsmith', NNSMITH);
  await setStatus(nnsmith, 'Read');
  await nnsmith.getByRole('textbox', { name: 'Notes' }).fill(nnsmithNote);
  await expectNoteSaved(nnsmith);
  await setStatus(await openPaper(b.page, 'neuri', NEURI), 'Read');

  await connectAndSync(b, server.url, token);
  await expect(b.page.getByText(/came in/)).toBeVisible({ timeout: SYNC_TIMEOUT });

  for (const device of [a, b]) {
    await test.step(`device ${device.name} has the union`, async () => {
      const deepxplore = await openPaper(device.page, 'deepxplore', DEEPXPLORE);
      const notes = deepxplore.getByRole('textbox', { name: 'Notes' });
      await expect(notes).toHaveValue(new RegExp(escapeRegExp(accountNote)), {
        timeout: SYNC_TIMEOUT,
      });
      await expect(notes).toHaveValue(new RegExp(escapeRegExp(deviceNote)));
      await expectTags(deepxplore, ['account-tag', 'device-tag']);
      await expect(deepxplore.getByRole('radio', { name: 'Reading', exact: true })).toBeChecked();

      const other = await openPaper(device.page, 'nnsmith', NNSMITH);
      await expect(other.getByRole('textbox', { name: 'Notes' })).toHaveValue(nnsmithNote, {
        timeout: SYNC_TIMEOUT,
      });
      await expect(other.getByRole('radio', { name: 'Read', exact: true })).toBeChecked();

      const neuri = await openPaper(device.page, 'neuri', NEURI);
      await expect(neuri.getByRole('radio', { name: 'Read', exact: true })).toBeChecked({
        timeout: SYNC_TIMEOUT,
      });
    });
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a second tab of a synced device shows the state and its edits reach the other device', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const server = await serverFor(testInfo);
  const token = await signToken('alice', { expiresIn: '1d' });
  const [a, b] = [await deviceFor(browser, 'A'), await deviceFor(browser, 'B')];
  await connectAndSync(a, server.url, token);
  await connectAndSync(b, server.url, token);

  // Only one tab of a browser talks to the server; the second learns its state from it.
  const second = await a.context.newPage();
  await second.goto('/');
  await expectSyncState(second, 'synced');
  const inSecond = await openPaper(second, 'nnsmith', NNSMITH);
  await inSecond.getByRole('textbox', { name: 'Notes' }).fill('Written in the second tab.');
  await expectNoteSaved(inSecond);
  await setStatus(inSecond, 'Read');

  const inB = await openPaper(b.page, 'nnsmith', NNSMITH);
  await expect(inB.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    'Written in the second tab.',
    { timeout: SYNC_TIMEOUT },
  );
  await expect(inB.getByRole('radio', { name: 'Read', exact: true })).toBeChecked();

  // The leading tab goes away; the second takes over and keeps syncing.
  await a.page.close();
  await inB.getByRole('textbox', { name: 'Notes' }).fill('Answered from B.');
  await expectNoteSaved(inB);
  await expect(inSecond.getByRole('textbox', { name: 'Notes' })).toHaveValue('Answered from B.', {
    timeout: SYNC_TIMEOUT,
  });
  await expectSyncState(second, 'synced');
});
