import type { PhrasingContent } from 'mdast';
import type { CatalogueWarning } from './catalogue-warning';
import type { EntryContext, EntrySource } from './entry-types';
import { skipped } from './entry-types';
import type { EntryReading } from './titled-entry';
import { linkLabel, linkUrl, type LinkNode } from './entry-links';
import { readMeta, splitCitation, splitTitleTail } from './entry-meta';
import { entrySegments, textOutsideLinks } from './entry-segments';
import { cleanTitle, pickTitle } from './entry-title';
import { isPaperUrl, paperLabelRankOf } from './link-kinds';
import { plainText } from './mdast-text';
import { resolveHttpUrl } from './resolve-url';
import { namesVenueAlone } from './venue-names';
import { parseVenueYear } from './venue-year';
import { collapseWhitespace, trimEndOf } from './text';

type Candidate = { link: LinkNode; url: string; rank: number };

/** The links that could be the paper, best first: `paper`, `pdf`, `arXiv`… then any paper host. */
function rankLinks(links: readonly LinkNode[], context: EntryContext): Candidate[] {
  return links
    .map((link, index) => {
      const url = linkUrl(link, context.definitions);
      const resolved = resolveHttpUrl(url, context.sourceUrl);
      const paperHost = resolved.kind === 'ok' && isPaperUrl(resolved.url);
      return {
        link,
        url,
        rank: paperLabelRankOf(linkLabel(link)) * 2 + (paperHost ? 0 : 1),
        index,
      };
    })
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
}

/** `ICML 2019`, `NeurIPS`: a parenthesised venue, not a remark such as `Oral`. */
function namesVenue(text: string): boolean {
  return parseVenueYear(text).year !== undefined || namesVenueAlone(text);
}

/** `**Title** - Some prose (with parentheses).`: the words after the separator, as written. */
function proseAfter(nodes: readonly PhrasingContent[], title: string): string | undefined {
  const text = collapseWhitespace(
    nodes
      .map((node) => textOutsideLinks(node))
      .join('')
      .replace(/\[\s*\]/gu, ' '),
  );
  const at = text.indexOf(title);
  if (at === -1) return undefined;
  // A venue or remark in parentheses may sit between the title and the separator: `**Title**
  // (ICML 2019) (Oral) - Prose.` The venue is read from the segments apart; a remark stays in
  // front of the prose, as it does after a linked title.
  const parts = /^[\s.]*((?:\([^()]*\)[\s.]*)*)[-–—:]\s+(.+)$/su.exec(
    text.slice(at + title.length),
  );
  const remarks = [...(parts?.[1] ?? '').matchAll(/\(([^()]*)\)/gu)]
    .map((match) => match[1]?.trim() ?? '')
    .filter((inner) => inner !== '' && !namesVenue(inner))
    .map((inner) => `(${inner}) `);
  const after = parts?.[2] === undefined ? undefined : remarks.join('') + parts[2];
  const prose = after === undefined ? undefined : trimEndOf(after, ' ,;|·•');
  return prose === '' ? undefined : prose;
}

/**
 * `**Title.** *A. Author*. ICML 2019. [paper](u)` style: the links are labels, so the title is
 * the entry's own text and the paper is its best labelled link, on its line or a nested one.
 */
export function readLabelledEntry(
  source: EntrySource,
  links: readonly LinkNode[],
  detailLinks: readonly LinkNode[],
  context: EntryContext,
): EntryReading {
  const { line, paragraph } = source;
  const text = collapseWhitespace(plainText(paragraph));
  if (links.length === 0 && detailLinks.length === 0) {
    // A linkless parent such as `- [Training]` is a heading for the nested entries below it.
    const looksLikeEntry = /^\[[^\]]+\]/u.test(text) && !source.hasNestedEntries;
    return looksLikeEntry ? skipped(line, text, 'no link') : { kind: 'ignored' };
  }
  const segments = entrySegments(paragraph.children);
  const titleIndex = pickTitle(segments);
  const titleSegment = segments[titleIndex];
  if (titleSegment === undefined) {
    if (source.hasNestedEntries) return { kind: 'ignored' };
    return skipped(line, text, 'no title beside its links');
  }
  const warnings: CatalogueWarning[] = [];
  for (const candidate of rankLinks([...links, ...detailLinks], context)) {
    const resolved = resolveHttpUrl(candidate.url, context.sourceUrl);
    if (resolved.kind !== 'ok') continue;
    const meta = readMeta(
      segments.filter((_, index) => index !== titleIndex).map((segment) => segment.text),
      true,
    );
    const description =
      proseAfter(paragraph.children, titleSegment.text) ?? meta.leftovers.join('. ');
    const citation = titleSegment.styled ? undefined : splitCitation(titleSegment.text);
    const titled = splitTitleTail(cleanTitle(citation?.title ?? titleSegment.text));
    const draft = {
      title: cleanTitle(titled.title),
      url: resolved.url,
      authors: citation?.meta.authors ?? meta.authors,
      venue: titled.meta.venue ?? citation?.meta.venue ?? meta.venue,
      year: titled.meta.year ?? citation?.meta.year ?? meta.year,
      description: description === '' ? undefined : description,
      tags: [],
      links: [],
    };
    return { kind: 'draft', draft, paperLink: candidate.link, warnings };
  }
  return skipped(line, titleSegment.text, 'none of its links is an http(s) URL');
}
