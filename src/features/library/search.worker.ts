// Builds and queries the search index off the page's thread: at 50,000 papers building takes
// most of a second, which on the page would delay the first keystroke's results.
import { readStoredCatalogues } from '../../db/stored-catalogues';
import type { Catalogue, CataloguePaper, CatalogueSection } from '../../lib/catalogue/schema';
import { createPaperSearch, type PaperSearch } from '../../lib/search/paper-search';
import { papersFingerprint } from '../../lib/search/papers-fingerprint';
import type { FromSearchWorker, ToSearchWorker } from '../../lib/search/search-messages';

type Built = { papers: readonly CataloguePaper[]; search: PaperSearch; order: Map<string, number> };

type List = { papers: readonly CataloguePaper[]; sections: readonly CatalogueSection[] };

function build({ papers, sections }: List): Built {
  const order = new Map(papers.map((paper, position) => [paper.id, position]));
  return { papers, search: createPaperSearch(papers, sections), order };
}

type DefaultList = (List & { fingerprint: string }) | undefined;

function listOf(text: string | null): DefaultList {
  if (text === null) return undefined;
  try {
    // Not validated again: the page validates this same text, and opens a search only over
    // a list it accepted (matched here by fingerprint).
    const { papers, sections } = JSON.parse(text) as Catalogue;
    return { fingerprint: papersFingerprint(papers, sections), papers, sections };
  } catch {
    return undefined;
  }
}

// The deployed list, indexed as soon as the page's download of it arrives: nearly always the
// list the page shows. Copying the page's parsed papers here instead would cost a long task on
// the page's thread.
let receiveDefault: (text: string | null) => void = () => {};
const defaultList = new Promise<DefaultList>((resolve) => {
  receiveDefault = (text) => resolve(listOf(text));
});
const defaultBuilt = defaultList.then((list) => list && build(list));

async function find(fingerprint: string): Promise<Built | undefined> {
  if ((await defaultList)?.fingerprint === fingerprint) return defaultBuilt;
  const stored = await readStoredCatalogues();
  const match = stored.find(
    (catalogue) => papersFingerprint(catalogue.papers, catalogue.sections) === fingerprint,
  );
  return match && build(match);
}

const post = (message: FromSearchWorker, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer });

function answer(built: Built, seq: number, query: string): void {
  const ids = built.search.search(query);
  if (!ids) return post({ kind: 'hits', seq, positions: null, extraIds: [] });
  const positions = new Int32Array(ids.length);
  const extraIds: string[] = [];
  ids.forEach((id, i) => {
    const position = built.order.get(id);
    if (position !== undefined) positions[i] = position;
    else positions[i] = built.papers.length + extraIds.push(id) - 1;
  });
  post({ kind: 'hits', seq, positions, extraIds }, [positions.buffer]);
}

let current: Built | undefined;

async function handle(message: ToSearchWorker): Promise<void> {
  switch (message.kind) {
    case 'default-text':
      return receiveDefault(message.text);
    case 'open':
      current = await find(message.fingerprint);
      return post({ kind: current ? 'ready' : 'not-found' });
    case 'papers':
      current = build(message);
      return post({ kind: 'ready' });
    case 'states':
      return current?.search.sync(new Map(message.changes.map((state) => [state.id, state])));
    case 'search':
      if (current) answer(current, message.seq, message.query);
  }
}

// One message at a time, in order: a search must see the list and states sent before it.
let queue = Promise.resolve();
self.addEventListener('message', (event: MessageEvent<ToSearchWorker>) => {
  queue = queue.then(() => handle(event.data)).catch((error: unknown) => console.error(error));
});
