import type { Heading } from 'mdast';
import type { CatalogueSection } from './schema';
import { plainText } from './mdast-text';
import { collapseWhitespace } from './text';
import { createSlugger } from './slug';

/** Where an entry under a heading goes: its section (null = none) or nowhere at all. */
export type SectionContext = { sectionId: string | null; excluded: boolean };

export type SectionPlan = {
  title: string | undefined;
  sections: CatalogueSection[];
  contextByHeading: Map<Heading, SectionContext>;
};

type OpenHeading = { depth: number } & SectionContext;

// Compared letters-and-digits only, so `📝 License` and `Table of contents:` match too.
const excludedTitles = new Set(['license', 'licence', 'contributing', 'contributors']);

function isExcludedTitle(title: string): boolean {
  // Stryker disable next-line Regex: every match is replaced with nothing, so removing a run at once or one character at a time leaves the same string
  return excludedTitles.has(title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
}

/**
 * Turns the document's headings, in order, into the list title and a section tree. The first
 * non-empty `#` heading is the title; every other heading is a section whose parent is the
 * nearest shallower heading above it. Every heading feeds the slugger (the title too) so ids
 * match GitHub's anchors. A heading with no text is not a section: entries under it stay in the
 * enclosing one.
 */
export function planSections(headings: readonly Heading[]): SectionPlan {
  const slug = createSlugger();
  const sections: CatalogueSection[] = [];
  const contextByHeading = new Map<Heading, SectionContext>();
  const open: OpenHeading[] = [];
  let title: string | undefined;

  for (const heading of headings) {
    const rawText = plainText(heading).trim();
    const text = collapseWhitespace(rawText);
    const id = slug(rawText);
    while ((open.at(-1)?.depth ?? 0) >= heading.depth) open.pop();
    const parent: SectionContext = open.at(-1) ?? { sectionId: null, excluded: false };

    let context: SectionContext;
    if (title === undefined && heading.depth === 1 && text !== '') {
      title = text;
      context = { sectionId: null, excluded: false };
    } else if (parent.excluded || isExcludedTitle(text)) {
      context = { sectionId: null, excluded: true };
    } else if (text === '') {
      context = parent;
    } else {
      sections.push({ id, title: text, parentId: parent.sectionId });
      context = { sectionId: id, excluded: false };
    }
    open.push({ depth: heading.depth, ...context });
    contextByHeading.set(heading, context);
  }
  return { title, sections, contextByHeading };
}
