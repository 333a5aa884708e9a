import type { PaperDetails } from './paper-details';

const ATOM = 'http://www.w3.org/2005/Atom';
const ARXIV = 'http://arxiv.org/schemas/atom';

/** What arXiv's answer says: the paper's details, no such paper, or an answer unreadable. */
export type AtomReading =
  | { kind: 'found'; details: PaperDetails }
  | { kind: 'not-found'; detail?: string }
  | { kind: 'unreadable' };

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function childText(parent: Element, namespace: string, name: string): string {
  return collapse(parent.getElementsByTagNameNS(namespace, name)[0]?.textContent);
}

function entryDetails(entry: Element): PaperDetails | null {
  const title = childText(entry, ATOM, 'title');
  if (title === '') return null;
  const authors = Array.from(entry.getElementsByTagNameNS(ATOM, 'author'))
    .map((author) => childText(author, ATOM, 'name'))
    .filter((name) => name !== '');
  const year = Number(/^\d{4}/.exec(childText(entry, ATOM, 'published'))?.[0]);
  // A journal reference says where it was published; otherwise it is an arXiv preprint.
  const venue = childText(entry, ARXIV, 'journal_ref') || 'arXiv';
  return { title, authors, venue, ...(year >= 1000 ? { year } : {}) };
}

/**
 * Reads the Atom feed of `export.arxiv.org/api/query?id_list=<id>`. arXiv answers an unknown id
 * with an empty feed (or an entry with no title), and a malformed one with an error entry.
 */
export function readArxivAtom(xml: string, arxivId: string): AtomReading {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const feed = document.documentElement;
  if (feed.getElementsByTagName('parsererror').length > 0 || feed.localName !== 'feed') {
    return { kind: 'unreadable' };
  }
  const entries = Array.from(feed.getElementsByTagNameNS(ATOM, 'entry'));
  for (const entry of entries) {
    const id = childText(entry, ATOM, 'id');
    if (id.includes('/api/errors')) {
      return { kind: 'not-found', detail: childText(entry, ATOM, 'summary') || undefined };
    }
    // The entry's id is its abs address with a version: `http://arxiv.org/abs/2403.07648v2`.
    const version = /\/abs\/(.+?)(?:v\d+)?$/.exec(id)?.[1];
    if (version !== undefined && version.toLowerCase() !== arxivId.toLowerCase()) continue;
    const details = entryDetails(entry);
    if (details) return { kind: 'found', details };
  }
  return { kind: 'not-found' };
}
