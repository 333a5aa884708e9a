import { paperIdFromUrl } from '../catalogue/paper-id';
import type { CataloguePaper } from '../catalogue/schema';
import { arxivAbsUrl, arxivIdFromText, arxivPaperId } from './arxiv-id';
import { bibtexNames } from './bibtex-names';
import { readBibtex, type BibtexEntry } from './bibtex-reader';
import { arxivIdOfDoi, doiFromText, doiPaperId, doiUrl } from './doi';
import { latexToParagraphs, latexToText } from './latex-text';
import { paperOf } from './paper-details';

/** A paper read from a BibTeX entry, with what becomes its state: the note and the tags. */
export type BibtexPaper = {
  key: string;
  line: number;
  paper: CataloguePaper;
  note: string;
  tags: string[];
};
/** An entry that did not become a paper, and why, in words. */
export type BibtexSkip = { key: string | null; line: number; reason: string };
export type BibtexImport = { papers: BibtexPaper[]; skipped: BibtexSkip[] };

// Google Scholar writes arXiv preprints as `journal = {arXiv preprint arXiv:1706.03762}`.
const ARXIV_IN_TEXT = /\barxiv:\s*([\w.-]+\/\d{7}|\d{4}\.\d{4,5})(?:v\d+)?/i;
// Zotero writes `note = {arXiv:1706.03762 [cs]}` for a preprint: a reference, not a note.
const ARXIV_NOTE = /^arxiv:\s*\S+(?:\s+\[[\w.-]+\])?$/i;

const text = (entry: BibtexEntry, name: string) => latexToText(entry.fields.get(name) ?? '');

function httpUrl(raw: string): string | null {
  try {
    // Stryker disable next-line MethodExpression: every caller passes text latexToText has trimmed, and the URL parser drops outer spaces itself
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The paper's stable id and address: from its DOI, its arXiv eprint, or its address. */
function idOf(entry: BibtexEntry): { id: string; url: string } | null {
  // `howpublished = {\url{…}}` is how older styles give a web address.
  const url = httpUrl(text(entry, 'url')) ?? httpUrl(text(entry, 'howpublished'));
  const doi = doiFromText(text(entry, 'doi'));
  const arxivFromDoi = doi ? arxivIdOfDoi(doi) : null;
  if (doi && !arxivFromDoi) return { id: doiPaperId(doi), url: url ?? doiUrl(doi) };
  const prefix = text(entry, 'archiveprefix') || text(entry, 'eprinttype');
  const eprint = /^arxiv$/i.test(prefix) ? arxivIdFromText(text(entry, 'eprint')) : null;
  const inText = ['journal', 'booktitle', 'howpublished', 'note']
    .map((name) => ARXIV_IN_TEXT.exec(text(entry, name))?.[1])
    .find(Boolean);
  const arxivId = arxivFromDoi ?? eprint ?? (inText ? arxivIdFromText(inText) : null);
  if (arxivId) return { id: arxivPaperId(arxivId), url: url ?? arxivAbsUrl(arxivId) };
  return url ? { id: paperIdFromUrl(url), url } : null;
}

function noteOf(entry: BibtexEntry): string {
  const note = latexToParagraphs(entry.fields.get('note') ?? '');
  const annote = latexToParagraphs(entry.fields.get('annote') ?? '');
  return [ARXIV_NOTE.test(note) ? '' : note, annote].filter(Boolean).join('\n\n');
}

function paperOfEntry(entry: BibtexEntry): BibtexPaper | BibtexSkip {
  const { key, line } = entry;
  const title = text(entry, 'title');
  if (title === '') return { key, line, reason: 'it has no title' };
  const found = idOf(entry);
  if (!found) return { key, line, reason: 'it has no DOI, arXiv eprint or web address (url)' };
  const year = Number(/\d{4}/.exec(text(entry, 'year') || text(entry, 'date'))?.[0]);
  const written = text(entry, 'journal') || text(entry, 'booktitle') || text(entry, 'journaltitle');
  // "arXiv preprint arXiv:1706.03762" (Google Scholar), or an eprint alone: an arXiv preprint.
  const venue =
    /^arxiv\b/i.test(written) || (!written && found.id.startsWith('arxiv:')) ? 'arXiv' : written;
  const details = {
    title,
    authors: bibtexNames(entry.fields.get('author') ?? ''),
    ...(venue ? { venue } : {}),
    ...(year >= 1000 ? { year } : {}),
  };
  const tags = text(entry, 'keywords')
    .split(/[,;]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
  return { key, line, paper: paperOf(found.id, found.url, details), note: noteOf(entry), tags };
}

/**
 * Reads a `.bib` file into papers for "My papers". Skipped, each with its key and reason: an
 * entry without a title, one with nothing to know it by, a key used before, the same paper as an
 * earlier entry, and entries the reader could not read.
 */
export function papersFromBibtex(bib: string): BibtexImport {
  const { entries, problems } = readBibtex(bib);
  const skipped: BibtexSkip[] = problems.map(({ key, line, reason }) => ({
    key,
    line,
    reason: `it could not be read: ${reason}`,
  }));
  const papers: BibtexPaper[] = [];
  const keys = new Map<string, number>();
  const ids = new Map<string, string>();
  for (const entry of entries) {
    const earlier = keys.get(entry.key);
    if (earlier !== undefined) {
      skipped.push({
        key: entry.key,
        line: entry.line,
        reason: `its key was already used on line ${earlier}`,
      });
      continue;
    }
    keys.set(entry.key, entry.line);
    const result = paperOfEntry(entry);
    if (!('paper' in result)) {
      skipped.push(result);
      continue;
    }
    const same = ids.get(result.paper.id);
    if (same !== undefined) {
      skipped.push({ key: entry.key, line: entry.line, reason: `it is the same paper as ${same}` });
      continue;
    }
    ids.set(result.paper.id, entry.key);
    papers.push(result);
  }
  skipped.sort((a, b) => a.line - b.line);
  return { papers, skipped };
}
