// Several servers behind one load balancer: Hocuspocus' own Redis extension passes each change
// to the other servers holding the same document, so two devices of one user connected to
// different servers see each other's edits live.
//
// Redis carries only these messages, never the data: PostgreSQL does. So while Redis is away,
// each server goes on serving (and storing) its own clients' edits and says so; when Redis is
// back, every open document asks the other servers for what it missed.
import { Redis } from '@hocuspocus/extension-redis';
import type {
  Document,
  Extension,
  afterLoadDocumentPayload,
  onAwarenessUpdatePayload,
  onChangePayload,
} from '@hocuspocus/server';
import RedisClient from 'ioredis';
import { describeError } from './log';
import type { Log } from './log';
import type { SyncMetrics } from './metrics';

export function redisSync(url: string, log: Log, metrics: SyncMetrics): Extension {
  // Without the offline queue, a message sent while Redis is away fails at once instead of
  // piling up; the state-vector exchange on reconnection replaces what it would have carried.
  const createClient = () =>
    new RedisClient(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  return new TolerantRedis({ createClient, prefix: 'readmark' }, log, metrics);
}

type Status = 'starting' | 'up' | 'down' | 'stopping';

class TolerantRedis extends Redis {
  private status: Status = 'starting';
  private everUp = false;

  constructor(
    configuration: ConstructorParameters<typeof Redis>[0],
    private readonly log: Log,
    private readonly metrics: SyncMetrics,
  ) {
    super(configuration);
    metrics.redisUp(false);
    for (const client of [this.pub, this.sub]) {
      // ioredis reconnects by itself; without a listener each failed attempt prints a warning.
      client.on('error', (error: Error) => this.lost(describeError(error)));
      client.on('close', () => this.lost('the connection closed'));
      client.on('ready', () => this.ready());
    }
  }

  override async afterLoadDocument(payload: afterLoadDocumentPayload): Promise<void> {
    try {
      await super.afterLoadDocument(payload);
    } catch {
      // Redis is away (said once by lost()); ready() subscribes this document when it is back.
    }
  }

  override async onChange(payload: onChangePayload): Promise<void> {
    // Hocuspocus does not await onChange, so a rejection here would go unhandled.
    await super.onChange(payload).catch(() => undefined);
  }

  override onAwarenessUpdate(payload: onAwarenessUpdatePayload): Promise<number | undefined> {
    return super.onAwarenessUpdate(payload).catch(() => undefined);
  }

  // The extension takes a Redis lock here so that one server at a time stores a document. The
  // store's own transaction already makes concurrent compactions safe (postgres-store.ts), and
  // the lock would stop compaction whenever Redis is away.
  override async onStoreDocument(): Promise<void> {}

  override async onDestroy(): Promise<void> {
    this.status = 'stopping';
    await super.onDestroy();
  }

  private lost(why: string): void {
    if (this.status === 'down' || this.status === 'stopping') return;
    this.status = 'down';
    this.metrics.redisUp(false);
    this.log(
      `Redis is not reachable (${why}): serving this server's own clients only; edits from other servers arrive once it is back`,
    );
  }

  private ready(): void {
    if (this.pub.status !== 'ready' || this.sub.status !== 'ready') return;
    if (this.status === 'up' || this.status === 'stopping') return;
    this.status = 'up';
    this.metrics.redisUp(true);
    const documents = [...this.instance.documents.values()];
    const catchingUp =
      documents.length === 0
        ? ''
        : `; catching up ${documents.length} open document${documents.length === 1 ? '' : 's'}`;
    this.log(
      `Redis ${this.everUp ? 'is back' : 'connected'}: edits pass between servers${catchingUp}`,
    );
    this.everUp = true;
    // Subscribes what was loaded while Redis was away, and sends each document's state vector
    // so that the other servers answer with whatever it missed.
    for (const document of documents) void this.afterLoadDocument(this.catchUpPayload(document));
  }

  private catchUpPayload(document: Document): afterLoadDocumentPayload {
    return {
      context: {},
      document,
      documentName: document.name,
      instance: this.instance,
      requestHeaders: {},
      requestParameters: new URLSearchParams(),
      socketId: 'server',
      connectionConfig: { readOnly: false, isAuthenticated: true },
    };
  }
}
