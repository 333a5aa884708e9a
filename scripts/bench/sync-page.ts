/**
 * The page's side of `--sync`: a recorder (in page time, so it lines up with the other probes)
 * of every change of the `data-sync-state` attribute and of every WebSocket message, connecting
 * through Settings, and finding when a change was acknowledged and the page said `synced`.
 *
 * The attribute alone cannot time a quick change: the provider can get the server's
 * acknowledgement before React has rendered "pending", and then the page never leaves
 * `synced`. So the messages are decoded too (Hocuspocus: the document name as a lib0 string,
 * then the message type; a Sync message then has its Yjs sync type): a change is acknowledged
 * by the SyncStatus that answers the first Yjs update the page sent after it.
 */
import type { Page } from '@playwright/test';
import { waitForList } from './browser';
import { deadline } from './measure';
import type { SyncServer } from './sync-server';

export type SyncMark = { state: string; at: number };
/**
 * One WebSocket message: its Hocuspocus type (0 Sync, 8 SyncStatus…) and Yjs sync type. The
 * server answers each sync step 2 or update it applies with one SyncStatus, in order, so `seq`
 * numbers those and the acknowledgements on each socket: an update's is the one with its `seq`.
 */
export type SyncFrame = {
  at: number;
  out: boolean;
  type: number;
  sub: number;
  bytes: number;
  socket: number;
  seq: number;
};
type LongTask = { start: number; duration: number };
type SyncRecord = {
  marks: SyncMark[];
  frames: SyncFrame[];
  longTasks: LongTask[];
  connectAt?: number;
};
type SyncWindow = Window & { __benchSync?: SyncRecord };

const SYNC = 0;
const YJS_UPDATE = 2;
const SYNC_STATUS = 8;

/**
 * An init script: records the state shown each time it changes, each WebSocket message, long
 * tasks, and when the sync form was submitted. It watches only that attribute, so it adds nothing to the
 * page's other DOM work.
 */
export function syncRecorder(): void {
  const record: SyncRecord = { marks: [], frames: [], longTasks: [] };
  (window as SyncWindow).__benchSync = record;
  const note = () => {
    const element = document.querySelector('[data-sync-state]');
    if (!element) return;
    const state = element.getAttribute('data-sync-state') ?? '';
    if (record.marks.at(-1)?.state !== state) record.marks.push({ state, at: performance.now() });
  };
  new MutationObserver(note).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-sync-state'],
  });
  document.addEventListener(
    'submit',
    (event) => {
      if (event.target instanceof HTMLFormElement && event.target.matches('.sync-form')) {
        record.connectAt = performance.now();
        note();
      }
    },
    true,
  );

  type Socket = { id: number; sent: number; acked: number };
  let sockets = 0;
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) {
      if (record.longTasks.length < 10_000) {
        record.longTasks.push({ start: task.startTime, duration: task.duration });
      }
    }
  }).observe({ type: 'longtask' });
  const frame = (data: unknown, out: boolean, socket: Socket) => {
    const at = performance.now();
    const bytes =
      data instanceof ArrayBuffer
        ? new Uint8Array(data)
        : ArrayBuffer.isView(data)
          ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
          : null;
    if (!bytes) {
      record.frames.push({ at, out, type: -1, sub: -1, bytes: 0, socket: socket.id, seq: 0 });
      return;
    }
    let position = 0;
    const varUint = () => {
      let value = 0;
      for (let shift = 1; position < bytes.length; shift *= 128) {
        const byte = bytes[position++] ?? 0;
        value += (byte & 127) * shift;
        if (byte < 128) break;
      }
      return value;
    };
    const nameLength = varUint(); // the document name, skipped
    position += nameLength;
    const type = varUint();
    const sub = type === 0 ? varUint() : -1;
    let seq = 0;
    if (out && type === 0 && (sub === 1 || sub === 2)) seq = ++socket.sent;
    else if (!out && type === 8) seq = ++socket.acked;
    record.frames.push({ at, out, type, sub, bytes: bytes.length, socket: socket.id, seq });
  };
  const Native = window.WebSocket;
  class RecordedWebSocket extends Native {
    readonly #socket: Socket = { id: (sockets += 1), sent: 0, acked: 0 };
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (event) => frame(event.data, false, this.#socket));
    }
    override send(data: Parameters<WebSocket['send']>[0]): void {
      frame(data, true, this.#socket);
      super.send(data);
    }
  }
  window.WebSocket = RecordedWebSocket;
}

export type SyncRecordSnapshot = { marks: SyncMark[]; frames: SyncFrame[] };

export async function syncRecord(page: Page): Promise<SyncRecordSnapshot> {
  return page.evaluate(() => {
    const record = (window as SyncWindow).__benchSync;
    return { marks: record?.marks ?? [], frames: record?.frames ?? [] };
  });
}

/**
 * The first time, after `from`, that the page said `synced` having said something else after
 * `from`; undefined when it has not (yet).
 */
export function syncedAfter(marks: readonly SyncMark[], from: number): number | undefined {
  const left = marks.findIndex((mark) => mark.at >= from && mark.state !== 'synced');
  if (left < 0) return undefined;
  return marks.slice(left).find((mark) => mark.state === 'synced')?.at;
}

/** The SyncStatus that answers a sync step 2 or update the page sent. */
export function ackOf(frames: readonly SyncFrame[], sent: SyncFrame): SyncFrame | undefined {
  return frames.find(
    (frame) =>
      !frame.out &&
      frame.type === SYNC_STATUS &&
      frame.socket === sent.socket &&
      frame.seq === sent.seq,
  );
}

/** The first Yjs update sent after `from`, and its acknowledgement. */
export function ackAfter(
  frames: readonly SyncFrame[],
  from: number,
): { sent: SyncFrame; acked: SyncFrame | undefined } | undefined {
  const sent = frames.find(
    (frame) => frame.out && frame.at >= from && frame.type === SYNC && frame.sub === YJS_UPDATE,
  );
  return sent && { sent, acked: ackOf(frames, sent) };
}

/**
 * A change's way to the server, in ms after `from`: sent, acknowledged, and shown as `synced`
 * (the acknowledgement itself when the page never left `synced`, see the top).
 */
export type ChangeSync = { sent: number; acked: number; synced: number; pendingShown: boolean };

export function changeSync(
  record: SyncRecordSnapshot,
  from: number,
  until = Infinity,
): ChangeSync | undefined {
  const ack = ackAfter(record.frames, from);
  // The update must have left before the next change began to be this change's.
  if (!ack?.acked || ack.sent.at >= until) return undefined;
  const acked = ack.acked.at;
  // Did the page leave "synced" between the change and the next one? Then when it came back.
  const left = record.marks.some(
    (mark) => mark.at >= from && mark.at < until && mark.state !== 'synced',
  );
  const shown = left ? syncedAfter(record.marks, from) : undefined;
  if (left && shown === undefined) return undefined;
  return {
    sent: ack.sent.at - from,
    acked: acked - from,
    synced: (left && shown !== undefined ? Math.max(shown, acked) : acked) - from,
    pendingShown: left,
  };
}

/** Why changeSync found nothing for the change at `from`, for an error message. */
export function whyNoChangeSync(record: SyncRecordSnapshot, from: number, until: number): string {
  const ack = ackAfter(record.frames, from);
  const next = until === Infinity ? 'the end' : `the next change (${(until - from).toFixed(0)} ms)`;
  if (!ack) return 'no update was sent after it';
  const sent = `sent after ${(ack.sent.at - from).toFixed(0)} ms`;
  if (ack.sent.at >= until) return `the first update after it left after ${next} (${sent})`;
  if (!ack.acked)
    return `${sent}, never acknowledged (socket ${ack.sent.socket}, #${ack.sent.seq})`;
  return `${sent}, acknowledged after ${(ack.acked.at - from).toFixed(0)} ms; the page showed ${record.marks
    .filter((mark) => mark.at >= from)
    .map((mark) => `${mark.state} at +${(mark.at - from).toFixed(0)}`)
    .join(', ')}`;
}

/** The state the page shows now, and why when refused. */
async function shownState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.querySelector('[data-sync-state]');
    const state = element?.getAttribute('data-sync-state') ?? 'none';
    return state === 'refused' ? `refused (${element?.textContent?.trim()})` : state;
  });
}

/**
 * Waits until `found` finds what it looks for in the record; fails at once when the page says
 * `refused` or `problem` names one, and after `ms` otherwise. (The times come from the recorder, so how often this
 * looks does not change them.)
 */
async function waitInRecord<T>(
  page: Page,
  ms: number,
  found: (record: SyncRecordSnapshot) => T | undefined,
  problem: () => string | undefined = () => undefined,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    // A page whose main thread is blocked answers nothing, so the wait is bounded here too.
    const left = Math.max(1000, ms - (Date.now() - started));
    let timer: NodeJS.Timeout | undefined;
    const record = await Promise.race([
      syncRecord(page),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(
                `not synced within ${Math.round(ms / 1000)} s, and the page has not answered ` +
                  `for ${Math.round(left / 1000)} s (its main thread is busy)`,
              ),
            ),
          left,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    const result = found(record);
    if (result !== undefined) return result;
    if (record.marks.at(-1)?.state === 'refused') throw new Error(`sync ${await shownState(page)}`);
    const seen = problem();
    if (seen) throw new Error(`${seen} (the page shows ${await shownState(page)})`);
    if (Date.now() - started > ms) {
      throw new Error(
        `not synced within ${Math.round(ms / 1000)} s (the page shows ${await shownState(page)})`,
      );
    }
    await page.waitForTimeout(100);
  }
}

/** Waits until the change made at `from` is acknowledged and shown as synced (ms after it). */
export function waitForChangeSync(page: Page, from: number, ms: number): Promise<ChangeSync> {
  return waitInRecord(page, ms, (record) => changeSync(record, from));
}

/** Waits until the page shows `synced` now (after a reload, say); bounded by `ms`. */
export async function waitForSynced(page: Page, ms: number): Promise<void> {
  try {
    await page.locator('[data-sync-state="synced"]').waitFor({ state: 'attached', timeout: ms });
  } catch {
    throw new Error(
      `not synced within ${Math.round(ms / 1000)} s (the page shows ${await shownState(page).catch(() => '?')})`,
    );
  }
}

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });

export type FirstSync = {
  /** From the form's submission to `synced`. */
  ms: number;
  /** Yjs updates sent (sync steps and updates) until then: messages and bytes. */
  messages: number;
  bytes: number;
  /** When the largest of them was sent and when the next acknowledgement came, ms after Connect. */
  largestSent: number;
  largestAcked: number;
  /** A message of the same size received after it (the server sending it back): size, when. */
  echoedBytes: number;
  echoedAt: number;
  /** Long tasks in the page from Connect to `synced`: how many, their total, the longest, when. */
  longTasks: { count: number; totalMs: number; longestMs: number; longestAt: number };
};

/**
 * Connects the app through Settings (Sync server, Sync token, Connect), waits for `synced` and
 * goes back to the list.
 */
export async function connectThroughSettings(
  page: Page,
  server: SyncServer,
  ms: number,
): Promise<FirstSync> {
  await views(page).getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('textbox', { name: 'Sync server' }).fill(server.url);
  await page.getByLabel('Sync token', { exact: true }).fill(server.token);
  const linesBefore = server.lineCount();
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.waitForFunction(
    () => (window as SyncWindow).__benchSync?.connectAt !== undefined,
    undefined,
    deadline(10_000),
  );
  const connectAt = await page.evaluate(() => (window as SyncWindow).__benchSync?.connectAt ?? 0);
  const { synced, frames } = await waitInRecord(
    page,
    ms,
    (record) => {
      const at = syncedAfter(record.marks, connectAt);
      return at === undefined ? undefined : { synced: at, frames: record.frames };
    },
    // The server closing the connection (a message over its size limit, say) ends the wait:
    // the provider would only send the same again.
    () => {
      const closed = server
        .linesSince(linesBefore)
        .find((line) => /closed a connection/.test(line));
      return closed && `the server ${closed.slice(closed.indexOf('closed a connection'))}`;
    },
  );
  const tasks = (
    await page.evaluate(() => (window as SyncWindow).__benchSync?.longTasks ?? [])
  ).filter((task) => task.start >= connectAt && task.start < synced);
  const longest = tasks.reduce<(typeof tasks)[number] | undefined>(
    (long, task) => (task.duration > (long?.duration ?? -1) ? task : long),
    undefined,
  );
  await views(page).getByRole('link', { name: 'Papers', exact: true }).click();
  await waitForList(page);
  const sent = frames.filter(
    (frame) => frame.out && frame.type === SYNC && frame.at >= connectAt && frame.at <= synced,
  );
  const largest = sent.reduce<SyncFrame | undefined>(
    (big, frame) => (frame.bytes > (big?.bytes ?? -1) ? frame : big),
    undefined,
  );
  const ack = largest && ackOf(frames, largest);
  // Hocuspocus sends each update to every connection on its document, its sender included.
  const echoed = largest
    ? frames.find((frame) => !frame.out && frame.at > largest.at && frame.bytes === largest.bytes)
    : undefined;
  return {
    ms: synced - connectAt,
    messages: sent.length,
    bytes: sent.reduce((sum, frame) => sum + frame.bytes, 0),
    largestSent: (largest?.at ?? NaN) - connectAt,
    largestAcked: (ack?.at ?? NaN) - connectAt,
    echoedBytes: echoed?.bytes ?? 0,
    echoedAt: (echoed?.at ?? NaN) - connectAt,
    longTasks: {
      count: tasks.length,
      totalMs: tasks.reduce((sum, task) => sum + task.duration, 0),
      longestMs: longest?.duration ?? 0,
      longestAt: (longest?.start ?? NaN) - connectAt,
    },
  };
}
