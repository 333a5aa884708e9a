import type { Paragraph } from 'mdast';
import type { EntryContext, EntryOutcome } from './entry-types';
import { entryLinks, holdsLink } from './entry-links';
import { isLabelLink } from './entry-link-list';
import { entrySegments } from './entry-segments';
import { pickTitle } from './entry-title';
import { isImageOnly } from './mdast-text';
import { readEntry } from './parse-entry';

/**
 * Some lists write entries as paragraphs, not list items: `**Title** \ *Authors* \ arXiv 2023.
 * [[Paper](u)]` or `**[1]** Author. "**Title**." ICML 2014. [[pdf]](u)`. A paragraph is an entry
 * when it starts with its title link, or when its links are labels beside a title; prose that
 * merely mentions a link (`See [this survey](u).`) is neither.
 */
export function readParagraphEntry(paragraph: Paragraph, context: EntryContext): EntryOutcome[] {
  const nodes = paragraph.children;
  const first = entryLinks(nodes)[0];
  // Stryker disable next-line ConditionalExpression: without links readEntry finds no paper and gives no entry, so the paragraph gives nothing either way (the `true` mutant, which drops every paragraph, is caught by tests)
  if (!first) return [];
  // Only badges and spaces may come before a title link: `[![stars](b)](u) [Title](u)`.
  const before = nodes.slice(
    0,
    Math.max(
      0,
      nodes.findIndex((node) => holdsLink(node, first)),
    ),
  );
  const startsWithLink = before.every(
    (node) => isImageOnly(node) || (node.type === 'text' && node.value.trim() === ''),
  );
  // Stryker disable next-line ConditionalExpression: with no title among its segments readEntry gives no entry, so the paragraph gives nothing either way (the `false` mutant, which drops labelled paragraphs, is caught by tests)
  const labelled = isLabelLink(first, nodes) && pickTitle(entrySegments(nodes)) !== -1;
  if (!startsWithLink && !labelled) return [];
  const source = {
    // Stryker disable next-line LogicalOperator, OptionalChaining: only skipped outcomes carry the line, and this function drops them
    line: paragraph.position?.start.line ?? 0,
    paragraph,
    details: [],
    // Stryker disable next-line BooleanLiteral: it only turns a skipped outcome into an ignored one, and this function drops both
    hasNestedEntries: false,
  };
  const outcome = readEntry(source, context);
  // A paragraph that is not an entry is prose, not a skipped entry.
  return outcome.kind === 'entry' ? [outcome] : [];
}
