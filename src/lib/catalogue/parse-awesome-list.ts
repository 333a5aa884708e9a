import type { List, ListItem, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { CatalogueWarning } from './catalogue-warning';
import { CATALOGUE_SCHEMA_VERSION, type Catalogue } from './schema';
import type { EntryOccurrence } from './merge-papers';
import type { SectionContext } from './section-tree';
import { collectDefinitions } from './entry-links';
import { mergeEntries } from './merge-papers';
import { parseEntry } from './parse-entry';
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
  } catch {
    // micromark recurses per nesting level, so thousands of nested lists overflow the stack.
    return undefined;
  }
}

/** Every item of a list in document order, nested items right after their parent. */
function listItems(list: List): ListItem[] {
  const items: ListItem[] = [];
  const stack: ListItem[] = [...list.children].reverse();
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    items.push(item);
    const nested = item.children.flatMap((child) => (child.type === 'list' ? child.children : []));
    for (let i = nested.length - 1; i >= 0; i -= 1) {
      const child = nested[i];
      if (child) stack.push(child);
    }
  }
  return items;
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
  const root = parseMarkdown(markdown);
  if (root === undefined) {
    warnings.push({ line: 1, message: 'could not parse the Markdown: nesting is too deep' });
    const catalogue = {
      schemaVersion: CATALOGUE_SCHEMA_VERSION,
      title: fallbackTitle,
      sections: [],
      papers: [],
    };
    return { catalogue: sourceUrl ? { ...catalogue, sourceUrl } : catalogue, warnings, skipped: 0 };
  }

  const context = { markdown, definitions: collectDefinitions(root), sourceUrl };
  const plan = planSections(root.children.filter((node) => node.type === 'heading'));
  const occurrences: EntryOccurrence[] = [];
  let section: SectionContext = { sectionId: null, excluded: false };
  let skipped = 0;
  for (const node of root.children) {
    if (node.type === 'heading') section = plan.contextByHeading.get(node) ?? section;
    if (node.type !== 'list' || section.excluded) continue;
    for (const item of listItems(node)) {
      const outcome = parseEntry(item, context);
      if (outcome.kind === 'skipped') {
        skipped += 1;
        warnings.push(outcome.warning);
      }
      if (outcome.kind !== 'entry') continue;
      warnings.push(...outcome.warnings);
      occurrences.push({ entry: outcome.entry, sectionId: section.sectionId });
    }
  }

  const catalogue: Catalogue = {
    schemaVersion: CATALOGUE_SCHEMA_VERSION,
    title: plan.title ?? fallbackTitle,
    ...(sourceUrl === undefined ? {} : { sourceUrl }),
    sections: plan.sections,
    papers: mergeEntries(occurrences),
  };
  return { catalogue, warnings, skipped };
}
