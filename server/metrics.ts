// What /metrics reports, in Prometheus' text format through prom-client. Each server has its
// own registry, so several servers in one process (the tests) do not share counts.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type StoreOperation = 'load' | 'append' | 'replace';

export type SyncMetrics = {
  registry: Registry;
  /** One more update from a client stored; rate() of the counter gives updates per second. */
  updateStored(): void;
  /** Times one store call; failures are counted too. */
  timeStore<T>(operation: StoreOperation, call: () => Promise<T>): Promise<T>;
  /** A connection, message or document the server turned away, by why. */
  refused(reason: string): void;
  /** Whether Redis is reachable; only servers started with --redis report it. */
  redisUp(up: boolean): void;
};

type Sizes = { connections(): number; documents(): number };

export function createMetrics(sizes: Sizes): SyncMetrics {
  const registry = new Registry();
  // CPU seconds, resident memory, event-loop delay, heap: the process_ and nodejs_ series.
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  new Gauge({
    name: 'readmark_sync_connections',
    help: 'Open client connections to a document.',
    registers,
    collect() {
      this.set(sizes.connections());
    },
  });
  new Gauge({
    name: 'readmark_sync_documents_loaded',
    help: 'Documents held in memory.',
    registers,
    collect() {
      this.set(sizes.documents());
    },
  });
  const updates = new Counter({
    name: 'readmark_sync_updates_stored_total',
    help: 'Updates from clients stored (and then acknowledged).',
    registers,
  });
  const storeSeconds = new Histogram({
    name: 'readmark_sync_store_seconds',
    help: 'Time a store call took until committed, by operation.',
    labelNames: ['operation'],
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const storeFailures = new Counter({
    name: 'readmark_sync_store_failures_total',
    help: 'Store calls that failed (after waiting out a database restart), by operation.',
    labelNames: ['operation'],
    registers,
  });
  const refusals = new Counter({
    name: 'readmark_sync_refusals_total',
    help: 'Connections, messages and loads turned away, by reason.',
    labelNames: ['reason'],
    registers,
  });
  const redis = new Gauge({
    name: 'readmark_sync_redis_up',
    help: '1 while Redis is reachable (edits reach the other servers), 0 while it is not.',
    registers,
  });
  return {
    registry,
    updateStored: () => updates.inc(),
    async timeStore(operation, call) {
      const end = storeSeconds.startTimer({ operation });
      try {
        return await call();
      } catch (error) {
        storeFailures.inc({ operation });
        throw error;
      } finally {
        end();
      }
    },
    refused: (reason) => refusals.inc({ reason }),
    redisUp: (up) => redis.set(up ? 1 : 0),
  };
}
