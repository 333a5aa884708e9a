// Runs the parser over one list and measures what it kept against what the raw Markdown holds.
import { performance } from 'node:perf_hooks';
import { paperIdFromUrl } from '../../src/lib/catalogue/paper-id';
import { parseAwesomeList } from '../../src/lib/catalogue/parse-awesome-list';
import type { CataloguePaper } from '../../src/lib/catalogue/schema';
import { entryAt } from './entry-source';
import { entryEvidence, type Evidence } from './entry-evidence';
import { isLabelTitle } from './label-title';
import { findLinks, parseMarkdown } from './markdown-links';
import { uniquePaperLinks } from './paper-links';
import { indexUrlLines, lineOfUrl, type UrlLines } from './url-lines';

/** `got` of the `of` entries that give a field ended up with it in the catalogue. */
export type Ratio = { got: number; of: number };
export type MissKind = 'link' | 'label-title' | 'year' | 'venue' | 'authors';
/** One example of a miss: the source line (1-based) and its text, trimmed. */
export type Miss = { kind: MissKind; line: number | undefined; source: string };

export type ListSurvey = {
  name: string;
  entries: number;
  paperLinks: number;
  foundLinks: number;
  venue: Ratio;
  year: Ratio;
  authors: Ratio;
  labelTitles: number;
  /** Papers whose URL could not be found in the source, so no evidence was read for them. */
  unlocated: number;
  warnings: number;
  skipped: number;
  ms: number;
  /** At most `maxExamples` of each kind, in document order. */
  misses: Miss[];
};

const fields = ['year', 'venue', 'authors'] as const;
const maxSource = 140;

export function trimSource(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > maxSource ? `${line.slice(0, maxSource - 1)}…` : line;
}

function paperUrls(paper: CataloguePaper): string[] {
  return [paper.url, ...paper.links.map((link) => link.url)];
}

function locate(index: UrlLines, paper: CataloguePaper): number | undefined {
  for (const url of paperUrls(paper)) {
    const line = lineOfUrl(index, url);
    if (line !== undefined) return line;
  }
  return undefined;
}

const produced: Record<(typeof fields)[number], (paper: CataloguePaper) => boolean> = {
  year: (paper) => paper.year !== undefined,
  venue: (paper) => (paper.venue ?? '').trim() !== '',
  authors: (paper) => (paper.authors?.length ?? 0) > 0,
};

export function surveyList(name: string, markdown: string, maxExamples = 15): ListSurvey {
  const started = performance.now();
  const { catalogue, warnings, skipped } = parseAwesomeList(markdown);
  const ms = Math.round(performance.now() - started);

  const lines = markdown.split(/\r?\n/);
  const root = parseMarkdown(markdown);
  const links = root === undefined ? [] : findLinks(root);
  const misses: Miss[] = [];
  const counts = new Map<MissKind, number>();
  const miss = (kind: MissKind, line: number | undefined) => {
    const seen = counts.get(kind) ?? 0;
    counts.set(kind, seen + 1);
    if (seen >= maxExamples) return;
    misses.push({
      kind,
      line,
      source: line === undefined ? '' : trimSource(lines[line - 1] ?? ''),
    });
  };

  const keptIds = new Set(
    catalogue.papers.flatMap((paper) => paperUrls(paper).map(paperIdFromUrl)),
  );
  const paperLinks = uniquePaperLinks(links);
  for (const link of paperLinks) if (!keptIds.has(link.id)) miss('link', link.line);

  const index = indexUrlLines(markdown, links);
  const ratios = { year: { got: 0, of: 0 }, venue: { got: 0, of: 0 }, authors: { got: 0, of: 0 } };
  let labelTitles = 0;
  let unlocated = 0;
  for (const paper of catalogue.papers) {
    const line = locate(index, paper);
    if (line === undefined) unlocated += 1;
    const entry = line === undefined ? undefined : entryAt(lines, line);
    if (isLabelTitle(paper.title)) {
      labelTitles += 1;
      miss('label-title', entry?.line);
    }
    if (entry === undefined) continue;
    const evidence: Evidence = entryEvidence(entry, paperUrls(paper));
    for (const field of fields) {
      if (!evidence[field]) continue;
      ratios[field].of += 1;
      if (produced[field](paper)) ratios[field].got += 1;
      else miss(field, entry.line);
    }
  }

  const foundLinks = paperLinks.length - (counts.get('link') ?? 0);
  const entries = catalogue.papers.length;
  const { year, venue, authors } = ratios;
  const tally = { entries, paperLinks: paperLinks.length, foundLinks, venue, year, authors };
  return { name, ...tally, labelTitles, unlocated, warnings: warnings.length, skipped, ms, misses };
}
