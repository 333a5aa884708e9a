// Simulated devices: the real Hocuspocus provider in Node, one WebSocket each, typing into a
// note at a steady pace and changing a paper's status now and then. Every edit is timed from
// the moment it is made to the moment each other device of the same user receives it.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { libraryDocumentName } from '../../src/lib/sync/document-name';

export type Samples = {
  /** Milliseconds from an edit on one device to its arrival on another of the same user. */
  crossDevice: number[];
  /** Milliseconds from an edit to the server's acknowledgement (stored). */
  acknowledged: number[];
  errors: string[];
  edits: number;
};

export type Fleet = {
  /** Starts typing; samples are only kept from here on. */
  start(): void;
  /** Stops typing and recording, and returns what was recorded since start(). */
  stop(): Samples;
  close(): void;
};

type DeviceSpec = { user: string; url: string; token: string; index: number };

const WORDS = 'the results hold for larger models but the ablation is thin '.split('');
const STATUSES = ['to-read', 'reading', 'read'];

export async function connectFleet(
  specs: DeviceSpec[],
  keystrokesPerSecond: number,
  statusEveryMs: number,
): Promise<Fleet> {
  // Shared by every device of the run: when each edit (client id and clock) was made.
  const madeAt = new Map<string, number>();
  let recording = false;
  const samples: Samples = { crossDevice: [], acknowledged: [], errors: [], edits: 0 };
  const timers: NodeJS.Timeout[] = [];

  const devices = specs.map((spec) => {
    const doc = new Y.Doc();
    const pending: number[] = [];
    const socket = new HocuspocusProviderWebsocket({ url: spec.url, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: libraryDocumentName(spec.user),
      token: spec.token,
      document: doc,
      onAuthenticationFailed: ({ reason }) =>
        recording && samples.errors.push(`refused: ${reason}`),
      onDisconnect: () => recording && samples.errors.push('disconnected'),
      onUnsyncedChanges: ({ number }) => {
        if (number !== 0) return;
        const now = performance.now();
        if (recording) for (const time of pending) samples.acknowledged.push(now - time);
        pending.length = 0;
      },
    });
    provider.attach();
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== provider || !recording) return;
      const now = performance.now();
      for (const struct of Y.decodeUpdate(update).structs) {
        for (let offset = 0; offset < struct.length; offset += 1) {
          const time = madeAt.get(`${struct.id.client}:${struct.id.clock + offset}`);
          if (time !== undefined) samples.crossDevice.push(now - time);
        }
      }
    });
    const edit = (change: () => void): void => {
      const clock = Y.getState(doc.store, doc.clientID);
      const now = performance.now();
      madeAt.set(`${doc.clientID}:${clock}`, now);
      change();
      pending.push(now);
      samples.edits += 1;
    };
    const note = doc.getText(`note:${spec.index}`);
    const paper = doc.getMap(`paper:${spec.index}`);
    let typed = 0;
    const type = () =>
      edit(() => {
        note.insert(note.length, WORDS[typed % WORDS.length] as string);
        typed += 1;
      });
    const changeStatus = () =>
      edit(() => paper.set('status', STATUSES[Math.floor(Math.random() * STATUSES.length)]));
    return { provider, socket, type, changeStatus };
  });

  await waitUntil(() => devices.every((device) => device.provider.isSynced), 120_000);

  return {
    start() {
      recording = true;
      for (const device of devices) {
        // Spread over the interval, so the devices do not all type in the same millisecond.
        const typing = setTimeout(
          () => {
            timers.push(setInterval(device.type, 1000 / keystrokesPerSecond));
          },
          Math.random() * (1000 / keystrokesPerSecond),
        );
        const status = setTimeout(() => {
          timers.push(setInterval(device.changeStatus, statusEveryMs));
        }, Math.random() * statusEveryMs);
        timers.push(typing, status);
      }
      // Forget edit times nobody will receive any more, so the map stays small on long runs.
      timers.push(
        setInterval(() => {
          const old = performance.now() - 30_000;
          for (const [key, time] of madeAt) if (time < old) madeAt.delete(key);
        }, 5000),
      );
    },
    stop() {
      recording = false;
      for (const timer of timers) clearInterval(timer);
      return samples;
    },
    close() {
      for (const device of devices) {
        device.provider.destroy();
        device.socket.destroy();
      }
    },
  };
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('the devices did not all sync in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
