import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { CatalogueWarning } from './catalogue-warning';
import { CATALOGUE_SCHEMA_VERSION } from './catalogue-version';
import type { Catalogue } from './schema';
import type { EntryOccurrence } from './merge-papers';
import type { SectionContext } from './section-tree';
import { collectDefinitions } from './entry-links';
import { mergeEntries } from './merge-papers';
import { headingsOf } from './bold-headings';
import { isNavigationList, readListEntries } from './list-entries';
import { MAX_LIST_DEPTH, MAX_QUOTE_DEPTH } from './list-limits';
import { findShapeProblem, type ShapeProblem } from './list-shape';
import { readParagraphEntry } from './paragraph-entries';
import { sectionsWithPapers } from './prune-sections';
import { readHtmlTableEntries, readTableEntries } from './table-entries';
import { usableSourceUrl } from './resolve-url';
import { planSections } from './section-tree';

export type { CatalogueWarning } from './catalogue-warning';
export type ParseAwesomeListOptions = { sourceUrl?: string };
export type ParseAwesomeListResult = {
  catalogue: Catalogue;
  warnings: CatalogueWarning[];
  /** Entries that looked like papers but could not be read (each also has a warning). */
  skipped: number;
};

const fallbackTitle = 'Untitled list';

function parseMarkdown(markdown: string): Root | undefined {
  try {
    return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    // Stryker disable next-line BlockStatement: an empty catch block returns undefined as well
  } catch {
    // micromark recurses per nesting level, so thousands of nested lists overflow the stack.
    return undefined;
  }
}

// With no limit on lines and link texts, the only problem found is lists or quotes nested too deep.
function tooDeep(markdown: string): ShapeProblem | undefined {
  return findShapeProblem(markdown, {
    lineChars: Number.POSITIVE_INFINITY,
    linkTextChars: Number.POSITIVE_INFINITY,
    listDepth: MAX_LIST_DEPTH,
    quoteDepth: MAX_QUOTE_DEPTH,
  });
}

/**
 * Reads an awesome list (Markdown) into a catalogue. Never throws: anything it cannot use is
 * left out and reported in `warnings` with its line. Papers come only from top-level lists and
 * the lists nested in their items, so code, HTML, blockquotes and excluded sections (License,
 * Contents, …) are skipped wholesale.
 */
export function parseAwesomeList(
  markdown: string,
  options: ParseAwesomeListOptions = {},
): ParseAwesomeListResult {
  const warnings: CatalogueWarning[] = [];
  const sourceUrl = usableSourceUrl(options.sourceUrl);
  if (options.sourceUrl !== undefined && sourceUrl === undefined) {
    warnings.push({
      line: 0,
      message: `source URL "${options.sourceUrl}" is not an http(s) URL; relative links are dropped`,
    });
  }
  // Checked before parsing: micromark slows quadratically with nesting, and how deep it can go
  // before overflowing the stack depends on the machine.
  const nesting = tooDeep(markdown);
  const root = nesting ? undefined : parseMarkdown(markdown);
  if (root === undefined) {
    const where = nesting ? ` (${nesting.size} levels at line ${nesting.line})` : '';
    warnings.push({
      line: nesting?.line ?? 1,
      message: `could not parse the Markdown: nesting is too deep${where}`,
    });
    const catalogue = {
      schemaVersion: CATALOGUE_SCHEMA_VERSION,
      title: fallbackTitle,
      sections: [],
      papers: [],
    };
    return { catalogue: sourceUrl ? { ...catalogue, sourceUrl } : catalogue, warnings, skipped: 0 };
  }

  const context = { markdown, definitions: collectDefinitions(root), sourceUrl };
  const headings = headingsOf(root);
  const plan = planSections(headings.map(({ heading }) => heading));
  const occurrences: EntryOccurrence[] = [];
  let section: SectionContext = { sectionId: null, excluded: false };
  let skipped = 0;
  const headingOf = new Map(headings.map(({ node, heading }) => [node, heading]));
  for (const node of root.children) {
    const heading = headingOf.get(node);
    if (heading) section = plan.contextByHeading.get(heading) ?? section;
    if (section.excluded) continue;
    const outcomes =
      node.type === 'list' && !isNavigationList(node, context)
        ? readListEntries(node, context)
        : node.type === 'table'
          ? readTableEntries(node, context)
          : node.type === 'paragraph' && !heading
            ? readParagraphEntry(node, context)
            : node.type === 'html'
              ? readHtmlTableEntries(node, context)
              : // Stryker disable next-line ArrayDeclaration: an outcome without a kind is neither counted nor kept
                [];
    for (const outcome of outcomes) {
      if (outcome.kind === 'skipped') {
        skipped += 1;
        warnings.push(outcome.warning);
      }
      if (outcome.kind !== 'entry') continue;
      warnings.push(...outcome.warnings);
      occurrences.push({ entry: outcome.entry, sectionId: section.sectionId });
    }
  }

  const papers = mergeEntries(occurrences);
  const catalogue: Catalogue = {
    schemaVersion: CATALOGUE_SCHEMA_VERSION,
    title: plan.title ?? fallbackTitle,
    ...(sourceUrl === undefined ? {} : { sourceUrl }),
    sections: sectionsWithPapers(plan.sections, papers),
    papers,
  };
  return { catalogue, warnings, skipped };
}
