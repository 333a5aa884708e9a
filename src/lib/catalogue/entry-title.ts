import { readAuthors } from './author-names';
import type { Segment } from './entry-segments';
import { isLabelText } from './link-kinds';
import { parseVenueYear } from './venue-year';
import { isKnownVenue, looksLikeVenue } from './venue-names';
import { findYear, yearOfDate } from './year-in-text';

/** A segment that could be a paper's title: words, not a number, a label, authors or a venue. */
function couldBeTitle(segment: Segment): boolean {
  const text = segment.text;
  // Stryker disable next-line ArrayDeclaration: the match is null only for text without letters, which the first test has already turned away
  if (!/\p{L}/u.test(text) || (text.match(/[\p{L}\p{N}]/gu) ?? []).length < 2) return false;
  // `[Nick]` before a title is a nickname or tag, not the title.
  if (/^\[[^\]]*\]$/u.test(text)) return false;
  if (isLabelText(text) || yearOfDate(text) !== undefined) return false;
  // `Arxiv 24.03.12`, `CVPR 2020 Oral`: a few words around a year are a venue or a date.
  if (text.split(' ').length <= 3 && findYear(text) !== undefined) return false;
  // Two capitalised words read as a name too (`Gradient Hygiene`): only commas, initials or
  // `et al.` make a segment authors rather than a title.
  if (/,|\b\p{Lu}\.|et al/u.test(text) && readAuthors(text) !== undefined) return false;
  const { venue, year } = parseVenueYear(text);
  if (year !== undefined && (venue === undefined || looksLikeVenue(venue))) return false;
  // Model names in capitals (`CAMEL`, `GITM`) are titles; only a venue's own name is not.
  return !(year === undefined && isKnownVenue(text));
}

/**
 * Picks the title among an entry's own words when its links are labels (`[pdf]`, `[paper]`):
 * a quoted span first, then the first bold or italic span before the links, then the first
 * plain words before them, then any words at all.
 */
export function pickTitle(segments: readonly Segment[]): number {
  const rules: ((segment: Segment) => boolean)[] = [
    (segment) => segment.quoted,
    (segment) => segment.styled && segment.beforeLink,
    // Stryker disable next-line ArrowFunction: segments come in reading order and beforeLink only turns false, so the first title before the links is the first title of all, which the last rule finds
    (segment) => segment.beforeLink,
    () => true,
  ];
  for (const rule of rules) {
    const index = segments.findIndex((segment) => rule(segment) && couldBeTitle(segment));
    if (index !== -1) return index;
  }
  return -1;
}

/** `Deep Nets Revisited.` is titled `Deep Nets Revisited`; a question mark stays. */
export function cleanTitle(text: string): string {
  return text.replace(/[\s.,:;]+$/u, '').trim();
}
