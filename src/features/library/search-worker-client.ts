import type { CataloguePaper, CatalogueSection } from '../../lib/catalogue/schema';
import type { PaperSearch } from '../../lib/search/paper-search';
import { takeDefaultCatalogueText } from '../../lib/catalogue/catalogue-text';
import { papersFingerprint } from '../../lib/search/papers-fingerprint';
import type { FromSearchWorker, ToSearchWorker } from '../../lib/search/search-messages';
import { createStateChanges } from '../../lib/search/state-changes';
import { changedIdsBetween, type StatesMap } from '../../db/shared-states';

export type SearchClient = {
  /** Sends the worker the states that changed since the last call. */
  sync(states: StatesMap | undefined): void;
  /** Ids best first (null: no filtering); only the latest query's answer is ever delivered. */
  search(query: string, deliver: (hits: string[] | null) => void): void;
  close(): void;
};

function startWorker(): Worker {
  return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
}

function send(worker: Worker, message: ToSearchWorker): void {
  worker.postMessage(message);
}

/**
 * A search over `papers` (and the names of their `sections`) in a worker; `onReady` is called
 * once its index is built. Should the worker fail, the index is built here instead, in batches,
 * and answers the same.
 */
export function openSearchClient(
  papers: readonly CataloguePaper[],
  sections: readonly CatalogueSection[],
  onReady: () => void,
): SearchClient {
  // Started once the list is on screen, so that loading and indexing never compete with it; the
  // deployed list comes from the page's own download (a later worker asks the page instead).
  const worker = startWorker();
  takeDefaultCatalogueText((text) => send(worker, { kind: 'default-text', text }));
  const listed = new Set(papers.map((paper) => paper.id));
  const changes = createStateChanges((id) => listed.has(id));
  let latest = 0;
  let deliverLatest: (hits: string[] | null) => void = () => {};
  let local: PaperSearch | undefined;
  let lastStates: StatesMap | undefined;
  let closed = false;

  const toIds = (positions: Int32Array, extraIds: string[]) =>
    Array.from(
      positions,
      (position) => papers[position]?.id ?? extraIds[position - papers.length] ?? '',
    );

  worker.addEventListener('message', (event: MessageEvent<FromSearchWorker>) => {
    const message = event.data;
    if (message.kind === 'ready') onReady();
    // Papers not loadable by the worker itself (a list that is neither deployed nor stored).
    else if (message.kind === 'not-found') send(worker, { kind: 'papers', papers, sections });
    else if (message.seq === latest) {
      deliverLatest(message.positions && toIds(message.positions, message.extraIds));
    }
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    worker.terminate();
    // Loaded only then: the index's code stays out of the page's first download.
    import('../../lib/search/paper-search')
      .then(({ buildPaperSearch }) => buildPaperSearch(papers, sections))
      .then((search) => {
        local = search;
        if (!closed) onReady();
      }, console.error);
  });
  send(worker, { kind: 'open', fingerprint: papersFingerprint(papers, sections) });

  return {
    sync(states) {
      const changedIds = lastStates && states ? changedIdsBetween(lastStates, states) : null;
      lastStates = states;
      const changed = changes(states, changedIds);
      if (changed.length > 0) send(worker, { kind: 'states', changes: changed });
    },
    search(query, deliver) {
      if (local) {
        local.sync(lastStates);
        return deliver(local.search(query));
      }
      latest += 1;
      deliverLatest = deliver;
      send(worker, { kind: 'search', seq: latest, query });
    },
    close() {
      closed = true;
      worker.terminate();
    },
  };
}
