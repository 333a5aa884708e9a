import type { Emphasis, PhrasingContent } from 'mdast';
import { readAuthors } from './author-names';
import { isLinkNode } from './entry-links';
import { isImageOnly, nodeSource, plainText } from './mdast-text';
import { collapseWhitespace } from './text';
import { parseVenueYear } from './venue-year';

/** What sits around the title link before the description starts. */
export type EntryHead = {
  /** `[Title](u)<br>*A. Author, B. Author*`: names in italics right after the title. */
  authors?: string[];
  venue?: string;
  year?: number;
  tags: string[];
  /** Parenthetical remarks such as `(Best paper award)`, kept verbatim for the description. */
  remarks: string[];
  /** Links between the title and the description, e.g. `[Title](u) [[pdf]](p) - …`. */
  links: PhrasingContent[];
  /** Source offset where the description begins; undefined when there is none. */
  descriptionStart?: number;
  /** The description follows a separator (` - `, `: `), so it is prose, not authors and venue. */
  separated: boolean;
};

// One token of the text right after the title: filler, `[bracket]`, `(paren)` or a separator.
const headToken = /([\s,.;]+)|\[([^[\]\n]*)\]|\(([^()\n]*)\)|([-–—:]+)/uy;
const bracketed = /\[([^[\]\n]*)\]/gu;
const maxVenueWords = 6;

function fillVenue(head: EntryHead, text: string, requireYear: boolean): boolean {
  if (head.venue !== undefined || head.year !== undefined) return false;
  const { venue, year } = parseVenueYear(text);
  const plausibleName =
    venue !== undefined && venue.split(' ').length <= maxVenueWords && !/[.!?]$/u.test(venue);
  if (year === undefined && (requireYear || !plausibleName)) return false;
  if (venue !== undefined) head.venue = venue;
  if (year !== undefined) head.year = year;
  return true;
}

/** `[ICLR15]` is a venue and year; any other bracketed word (`[Training]`) is a tag. */
function addBracket(head: EntryHead, inner: string): void {
  if (fillVenue(head, inner, true)) return;
  const tag = collapseWhitespace(inner);
  if (tag !== '' && !head.tags.includes(tag)) head.tags.push(tag);
}

/** Italics that read as authors, by the marks a venue never has: commas, initials, `et al.` */
function namesAuthors(node: Emphasis): boolean {
  const text = collapseWhitespace(plainText(node));
  return /,|\b\p{Lu}\.|et al/u.test(text) && readAuthors(text) !== undefined;
}

/** Scans one text node; returns true once the description has started. */
function scanText(head: EntryHead, source: string, offset: number): boolean {
  headToken.lastIndex = 0;
  while (headToken.lastIndex < source.length) {
    const start = headToken.lastIndex;
    const token = headToken.exec(source);
    if (!token) {
      head.descriptionStart = offset + start;
      return true;
    }
    const [, , bracket, paren, separator] = token;
    if (bracket !== undefined) addBracket(head, bracket);
    else if (paren !== undefined && !fillVenue(head, paren, true)) head.remarks.push(`(${paren})`);
    else if (separator !== undefined) {
      head.descriptionStart = offset + headToken.lastIndex;
      head.separated = true;
      return true;
    }
  }
  return false;
}

/** Badges, raw HTML and line breaks are passed over, and so is a styled venue such as `*TSE'20*`. */
function passesOver(head: EntryHead, node: PhrasingContent): boolean {
  if (isImageOnly(node) || node.type === 'html' || node.type === 'break') return true;
  return (
    (node.type === 'emphasis' || node.type === 'strong') &&
    fillVenue(head, collapseWhitespace(plainText(node)), node.type === 'strong')
  );
}

/**
 * Reads venue, year, tags and remarks from the text before the title link (`[ICLR15] [Title](u)`)
 * and after it up to the separator (`[Title](u), *TSE'20* (Best paper) - …`). Only the first
 * italic right after the title counts as the venue; any later one is part of the description.
 */
export function scanEntryHead(
  before: readonly PhrasingContent[],
  after: readonly PhrasingContent[],
  markdown: string,
): EntryHead {
  const head: EntryHead = { tags: [], remarks: [], links: [], separated: false };
  for (const node of before) {
    if (node.type === 'text') {
      // Stryker disable next-line StringLiteral: the bracket's group takes part in every match, so the fallback is never used
      for (const match of node.value.matchAll(bracketed)) addBracket(head, match[1] ?? '');
    } else if (node.type === 'emphasis' || node.type === 'strong') {
      fillVenue(head, plainText(node), true);
    }
  }
  for (const node of after) {
    const offset = node.position?.start.offset;
    if (offset === undefined) return head;
    if (node.type === 'text') {
      if (scanText(head, nodeSource(markdown, node), offset)) return head;
    } else if (isLinkNode(node)) {
      head.links.push(node);
    } else if (node.type === 'emphasis' && head.authors === undefined && namesAuthors(node)) {
      head.authors = readAuthors(plainText(node));
    } else if (!passesOver(head, node)) {
      head.descriptionStart = offset;
      return head;
    }
  }
  return head;
}
