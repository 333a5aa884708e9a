// Starts Hocuspocus with Readmark's hooks on a plain Node HTTP server, and stops it so that
// every open document is stored and the database closed.
import type { AddressInfo } from 'node:net';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import { authenticationExtension } from './authenticate';
import { connectionLog } from './connection-log';
import type { DocumentStore } from './document-store';
import { httpEndpoints } from './http-endpoints';
import { MAX_MESSAGE_BYTES, connectionThrottle, unauthenticatedLimit } from './limits';
import { addressOf, describeError, quoted } from './log';
import type { Log } from './log';
import { measuredStore } from './measured-store';
import { messageGuard } from './message-guard';
import { createMetrics } from './metrics';
import { openStore, withoutPassword } from './open-store';
import { redisSync } from './redis-sync';
import { storeExtension } from './store-extension';

export type SyncServerOptions = {
  host: string;
  port: number;
  dbFile: string;
  /** Keeps documents in this PostgreSQL database instead of the SQLite file. */
  postgresUrl?: string | undefined;
  /** Passes changes to the other servers on this Redis. */
  redisUrl?: string | undefined;
  secret: string;
  /** Where the secret came from, for the start line. */
  secretSource?: string;
  maxConnectionsPerMinute: number;
  log: Log;
  /** Tests pass a store of their own (e.g. one that fails); the server opens dbFile otherwise. */
  store?: DocumentStore;
  /** How long after the last change the snapshot is written (Hocuspocus' debounce). */
  storeDebounceMs?: number;
};

export type SyncServer = {
  url: string;
  port: number;
  /** Stores every open document, closes all connections and the database. */
  stop(why: string): Promise<void>;
};

// A stuck document must not keep a stopping server alive: its updates are appended already.
const STOP_TIMEOUT_MS = 5000;

export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const { log } = options;
  const opened = options.store
    ? { store: options.store, description: `db ${options.dbFile}` }
    : await openStore(options, log);
  // The gauges read the server below; they are only collected once it runs.
  const metrics = createMetrics({
    connections: () => server.hocuspocus.getConnectionsCount(),
    documents: () => server.hocuspocus.getDocumentsCount(),
  });
  const store = measuredStore(opened.store, metrics);
  const debounce = options.storeDebounceMs ?? 2000;
  const unauthenticated = unauthenticatedLimit(log, metrics.refused);
  const server = new Server(
    {
      quiet: true,
      // main.ts handles signals itself, so that it can log and close the database.
      stopOnSignals: false,
      debounce,
      maxDebounce: Math.max(debounce, 10_000),
      extensions: [
        httpEndpoints(store, metrics),
        connectionThrottle(options.maxConnectionsPerMinute, log, metrics.refused),
        authenticationExtension(options.secret, log, metrics.refused),
        unauthenticated.extension,
        messageGuard(log, metrics.refused),
        storeExtension(store, log, metrics),
        connectionLog(log),
        ...(options.redisUrl ? [redisSync(options.redisUrl, log, metrics)] : []),
      ],
    },
    { maxPayload: MAX_MESSAGE_BYTES },
  );
  server.webSocketServer.on('connection', (socket, request) => {
    unauthenticated.watch(socket, request);
    // ws closes the connection itself (1009 for an oversized message); this only says why.
    socket.on('error', (error: Error & { code?: string }) => {
      const tooLarge = error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';
      if (tooLarge) metrics.refused('message too large');
      const why = tooLarge
        ? `a message was larger than ${MAX_MESSAGE_BYTES} bytes`
        : describeError(error);
      log(`closed a connection from ${addressOf(request)}: ${why}`);
    });
  });

  let bound: AddressInfo;
  try {
    bound = await listen(server, options.host, options.port);
  } catch (error) {
    // Closes the Redis connections, which would otherwise keep the process alive.
    await server.hocuspocus.hooks('onDestroy', { instance: server.hocuspocus });
    await store.close();
    throw error;
  }
  // The address actually bound, so the line shows what --host resolved to.
  const { address, port } = bound;
  const url = `ws://${address.includes(':') ? `[${address}]` : address}:${port}`;
  const secretNote = options.secretSource ? `, secret from ${options.secretSource}` : '';
  const redisNote = options.redisUrl ? `, redis ${withoutPassword(options.redisUrl)}` : '';
  log(`readmark-sync listening on ${url} (${opened.description}${redisNote}${secretNote})`);

  let stopping: Promise<void> | null = null;
  const stop = async (why: string): Promise<void> => {
    const open = server.hocuspocus.getDocumentsCount();
    // Hocuspocus closes every connection; closing the last one of a document runs its pending
    // store at once, then unloads it.
    const destroyed = server.destroy().catch((error: unknown) => {
      log(`could not close every connection: ${describeError(error)}`);
    });
    await Promise.race([destroyed, delay(STOP_TIMEOUT_MS)]);
    for (const document of server.hocuspocus.documents.values()) {
      await storeNow(store, log, document);
    }
    for (const socket of server.webSocketServer.clients) socket.terminate();
    await store.close();
    log(`stopped (${why}): ${open} open document${open === 1 ? '' : 's'} stored, database closed`);
  };
  return { url, port, stop: (why) => (stopping ??= stop(why)) };
}

/**
 * Not Hocuspocus' server.listen(): 3.4.4 hands Node `{ port, address }`, and Node's listen reads
 * `host`, so it would listen on every interface whatever --host says.
 */
function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    // Without this, a port in use would end the process with a stack trace.
    server.httpServer.once('error', reject);
    server.httpServer.listen({ host, port }, () => {
      server.httpServer.off('error', reject);
      resolve(server.httpServer.address() as AddressInfo);
    });
  });
}

async function storeNow(
  store: DocumentStore,
  log: Log,
  document: Y.Doc & { name: string },
): Promise<void> {
  try {
    const state = Y.encodeStateAsUpdate(document);
    await store.replace(document.name, state);
    log(`stored ${quoted(document.name)} (${state.byteLength} bytes) while stopping`);
  } catch (error) {
    log(`could not store ${quoted(document.name)} while stopping: ${describeError(error)}`);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
