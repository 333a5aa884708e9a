import { splitAuthors } from '../paper-authors';
import type { ExportInput, ExportPaper } from './export-input';
import { citationKeys } from './citation-key';
import { exportTags } from './export-input';

type Field = [name: string, value: string];

// LaTeX's special characters. Braces become commands, not `\{`, because BibTeX counts every
// brace (escaped or not) when it matches them: a value must never hold an unbalanced one.
const latexEscapes: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In LaTeX's default font encoding these print as ¡ and ¿.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Text for a BibTeX value; non-ASCII stays UTF-8, which BibLaTeX and Biber read. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}%&$#_~^<>]/g, (character) => latexEscapes[character] ?? character);
}

/** Verbatim fields (`url`, `doi`) are not LaTeX, so only what breaks BibTeX is encoded. */
function verbatim(text: string): string {
  return text.trim().replace(/[\s{}\\]/g, (character) => encodeURIComponent(character));
}

// BibTeX splits `author` at every `and` outside braces, and reads a lone `others` as "and
// others"; more than two commas in one name is an error. Braces keep such a name whole.
const splitsName = /(^|\s)and(\s|$)|^others$|,.*,.*,/i;

/**
 * `A. Author and B. Author and others`: BibTeX's own list, names as the list writes them (BibTeX
 * reads "First Last" and "Last, First" alike), "et al." as its `others`.
 */
export function bibtexAuthors(authors: readonly string[] | undefined): string | undefined {
  const { names, others } = splitAuthors(authors);
  const written = names
    .map(escapeBibtex)
    .filter((name) => name !== '')
    .map((name) => (splitsName.test(name) ? `{${name}}` : name));
  if (written.length === 0) return undefined;
  return [...written, ...(others ? ['others'] : [])].join(' and ');
}

// Preprint servers are not venues: such a paper is a `@misc` with its eprint.
const preprint = /^(arxiv|corr|preprint|biorxiv|medrxiv)\b/i;
// Checked first: these name journals even though some start "Proceedings of".
const journalNames =
  /\b(journal|transactions|letters|magazine|proceedings of the (acm|ieee)|communications of the acm)\b/i;
const journalAcronyms =
  /\b(TSE|TOSEM|TOPLAS|TOCS|TODS|TACO|TKDE|TPAMI|TNNLS|TIFS|TDSC|JMLR|TMLR|JSS|IST|EMSE|CACM|PACMPL|CSUR|JAIR)\b/;
const conferenceWords = /\b(conference|symposium|workshop|proceedings|meeting|congress|summit)\b/i;
// Only after conference words, so "Conference on Software Engineering" stays a conference.
const journalWords = /\b(software|review|surveys?|technology)\b/i;

export function isJournal(venue: string): boolean {
  if (journalNames.test(venue) || journalAcronyms.test(venue)) return true;
  return !conferenceWords.test(venue) && journalWords.test(venue);
}

function entryFields({ paper }: ExportPaper): { type: string; fields: Field[] } {
  const venue = paper.venue && !preprint.test(paper.venue) ? paper.venue : undefined;
  const arxiv = paper.id.startsWith('arxiv:') ? paper.id.slice('arxiv:'.length) : undefined;
  const fields: Field[] = [['title', `{${escapeBibtex(paper.title) || 'Untitled'}}`]];
  const author = bibtexAuthors(paper.authors);
  if (author !== undefined) fields.push(['author', author]);
  let type = 'misc';
  if (venue && isJournal(venue)) {
    type = 'article';
    fields.push(['journal', escapeBibtex(venue)]);
  } else if (venue && paper.year !== undefined) {
    type = 'inproceedings';
    fields.push(['booktitle', escapeBibtex(venue)]);
  } else if (venue) fields.push(['note', escapeBibtex(venue)]);
  if (paper.year !== undefined) fields.push(['year', String(paper.year)]);
  if (paper.id.startsWith('doi:')) fields.push(['doi', verbatim(paper.id.slice('doi:'.length))]);
  if (arxiv !== undefined) fields.push(['eprint', verbatim(arxiv)], ['archivePrefix', 'arXiv']);
  if (paper.url.trim() !== '') {
    fields.push(['url', verbatim(paper.url)]);
    // `\url` inside another command's argument needs `%` and `#` escaped.
    if (type === 'misc' && arxiv === undefined) {
      fields.push(['howpublished', `\\url{${verbatim(paper.url).replace(/[%#]/g, '\\$&')}}`]);
    }
  }
  return { type, fields };
}

/** Each exported paper's key, made over the whole list. */
function exportKeys({ papers, listPapers = [] }: ExportInput): Map<string, string> {
  const sources = new Map(listPapers.map((paper) => [paper.id, paper]));
  // The list's copy has the same id but may lack the authors the export found elsewhere.
  for (const { paper } of papers) sources.set(paper.id, paper);
  const all = [...sources.values()];
  const keys = citationKeys(all);
  // Stryker disable next-line StringLiteral: citationKeys fills every index of the list it gets, so the fallback is never read
  return new Map(all.map((paper, index) => [paper.id, keys[index] ?? 'paper']));
}

/** One BibTeX entry per paper; only bibliographic fields, plus the tags as `keywords`. */
export function exportBibtex(input: ExportInput): string {
  const keys = exportKeys(input);
  const entries = input.papers.map((entry) => {
    const { type, fields } = entryFields(entry);
    // As typed (`to cite`): a keyword may hold spaces; a comma would split it in two.
    const keywords = exportTags(entry, 'typed').map((tag) => escapeBibtex(tag.replace(/,/g, ' ')));
    if (keywords.length > 0) fields.push(['keywords', keywords.join(', ')]);
    const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
    // Stryker disable next-line StringLiteral: exportKeys holds every exported paper's id, so the fallback is never read
    const key = keys.get(entry.paper.id) ?? 'paper';
    return `@${type}{${key},\n${body}\n}\n`;
  });
  return entries.join('\n');
}
