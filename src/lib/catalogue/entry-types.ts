import type { Paragraph } from 'mdast';
import type { CatalogueWarning } from './catalogue-warning';
import type { Definitions } from './entry-links';
import type { CatalogueLink } from './schema';

/** One list item or table row read as a paper, before duplicates across the list are merged. */
export type EntryDraft = {
  title: string;
  url: string;
  authors?: string[];
  venue?: string;
  year?: number;
  description?: string;
  tags: string[];
  links: CatalogueLink[];
};

export type EntryOutcome =
  | { kind: 'entry'; entry: EntryDraft; warnings: CatalogueWarning[] }
  | { kind: 'ignored' }
  | { kind: 'skipped'; warning: CatalogueWarning };

export type EntryContext = { markdown: string; definitions: Definitions; sourceUrl?: string };

/** An entry as written: its own line and the nested lines that only describe it. */
export type EntrySource = {
  line: number;
  paragraph: Paragraph;
  /** Nested lines without a paper of their own: authors, venue, `[[Paper]](u) [[Code]](u)`. */
  details: readonly Paragraph[];
  /** The item has nested entries of its own, so a linkless line is their heading. */
  hasNestedEntries: boolean;
};

const maxSnippetLength = 60;

export function skipped(
  line: number,
  label: string,
  reason: string,
): { kind: 'skipped'; warning: CatalogueWarning } {
  const shortLabel =
    label.length > maxSnippetLength ? `${label.slice(0, maxSnippetLength)}…` : label;
  return { kind: 'skipped', warning: { line, message: `skipped "${shortLabel}": ${reason}` } };
}
