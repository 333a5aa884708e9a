// A DocumentStore that reports how long each load, append and compaction took to /metrics.
import type { DocumentStore } from './document-store';
import type { SyncMetrics } from './metrics';

export function measuredStore(store: DocumentStore, metrics: SyncMetrics): DocumentStore {
  return {
    ...store,
    load: (name) => metrics.timeStore('load', () => store.load(name)),
    append: (name, update) => metrics.timeStore('append', () => store.append(name, update)),
    replace: (name, state) => metrics.timeStore('replace', () => store.replace(name, state)),
  };
}
