// Limits that keep one client from taking the server down for everyone else.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Extension } from '@hocuspocus/server';
import type { RawData, WebSocket } from 'ws';
import { addressOf } from './log';
import type { Log } from './log';

// The largest WebSocket message the server reads (given to ws as maxPayload in sync-server.ts);
// ws closes the connection (code 1009) on a larger one. A whole library's first sync is one
// message, so this sits far above any real library and far below what hurts the server.
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

export const DEFAULT_MAX_CONNECTIONS_PER_MINUTE = 120;

const WINDOW_MS = 60_000;

type Window = { start: number; count: number; logged: boolean };

/** Counts new connections per address in fixed one-minute windows; 0 means no limit. */
export function connectionCounter(maxPerMinute: number) {
  const windows = new Map<string, Window>();
  let lastSweep = 0;
  return {
    /** Counts one connection; the window when it is over the limit, else null. */
    overLimit(address: string, now = Date.now()): Window | null {
      if (now - lastSweep >= WINDOW_MS) {
        // Forget finished windows once a minute, so the map only holds recent addresses.
        for (const [key, window] of windows) {
          if (now - window.start >= WINDOW_MS) windows.delete(key);
        }
        lastSweep = now;
      }
      let window = windows.get(address);
      if (!window || now - window.start >= WINDOW_MS) {
        window = { start: now, count: 0, logged: false };
        windows.set(address, window);
      }
      window.count += 1;
      return maxPerMinute > 0 && window.count > maxPerMinute ? window : null;
    },
  };
}

/**
 * Refuses the WebSocket upgrade (HTTP 429) from an address that opened too many connections in
 * the last minute. Refusing before the handshake costs the server almost nothing, and the client's
 * provider simply retries later with its back-off.
 */
export function connectionThrottle(
  maxPerMinute: number,
  log: Log,
  refused: (reason: string) => void,
): Extension {
  const counter = connectionCounter(maxPerMinute);
  return {
    extensionName: 'readmark-connection-throttle',
    async onUpgrade({ request, socket }) {
      const address = addressOf(request);
      const now = Date.now();
      const window = counter.overLimit(address, now);
      if (!window) return;
      refused('too many connections');
      const retryAfter = Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000));
      if (!window.logged) {
        // One line per address and minute: a flood must not flood the log too.
        window.logged = true;
        log(
          `refused connections from ${address} for ${retryAfter} s: more than ${maxPerMinute} new connections in a minute`,
        );
      }
      refuseUpgrade(socket as Duplex, retryAfter);
      // Hocuspocus' Server stops the upgrade quietly when this hook rejects with an empty value
      // (Server.setupHttpUpgrade rethrows only a truthy error, which would crash the process).
      throw null;
    },
  };
}

function refuseUpgrade(socket: Duplex, retryAfterSeconds: number): void {
  socket.on('error', () => socket.destroy());
  socket.end(
    `HTTP/1.1 429 Too Many Requests\r\nRetry-After: ${retryAfterSeconds}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
  );
}

// Hocuspocus keeps in memory every message that arrives on a connection before its document is
// authenticated (and keeps queueing after a refusal), so a client without a valid token could
// fill the server's memory. Past this many bytes before authentication its socket is closed.
export const MAX_UNAUTHENTICATED_BYTES = MAX_MESSAGE_BYTES;

/**
 * Closes sockets that send too much before any of their documents is authenticated. Its hook
 * must come after the authentication hook: Hocuspocus stops at the first one that refuses.
 */
export function unauthenticatedLimit(log: Log, refused: (reason: string) => void) {
  // Keyed by the upgrade request, which both the socket and the hooks know.
  const authenticated = new WeakSet<IncomingMessage>();
  const extension: Extension = {
    extensionName: 'readmark-unauthenticated-limit',
    async onAuthenticate({ request }) {
      authenticated.add(request);
    },
  };
  const watch = (socket: WebSocket, request: IncomingMessage): void => {
    let bytes = 0;
    socket.on('message', (data: RawData) => {
      if (authenticated.has(request)) return;
      bytes += Array.isArray(data)
        ? data.reduce((sum, part) => sum + part.byteLength, 0)
        : data.byteLength;
      if (bytes <= MAX_UNAUTHENTICATED_BYTES || socket.readyState !== socket.OPEN) return;
      log(
        `closed a connection from ${addressOf(request)}: more than ${MAX_UNAUTHENTICATED_BYTES} bytes before authentication`,
      );
      refused('too much data before authentication');
      // 1008: policy violation.
      socket.close(1008, 'too much data before authentication');
    });
  };
  return { extension, watch };
}
