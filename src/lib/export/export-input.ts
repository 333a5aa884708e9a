import type { CataloguePaper } from '../catalogue/schema';
import type { PaperState } from '../paper-state';

export type ExportPaper = {
  paper: CataloguePaper;
  state: PaperState | undefined;
  sectionTitles: string[];
};

/** What every exporter reads: papers already in list order and filtered to the chosen scope. */
export type ExportInput = {
  listTitle: string;
  exportedAt: Date;
  papers: ExportPaper[];
  /**
   * Every paper of the list, whatever the scope: citation keys are made over all of them, so a
   * paper keeps its key in an export of fewer papers.
   */
  listPapers?: readonly CataloguePaper[];
};

export type ExportScope = 'all' | 'with-notes' | 'view';

export type ExportKind = 'md' | 'zip' | 'bib' | 'backup';

export function selectScope(
  papers: ExportPaper[],
  scope: ExportScope,
  viewIds: ReadonlySet<string>,
): ExportPaper[] {
  if (scope === 'with-notes')
    return papers.filter(({ state }) => (state?.note.trim() ?? '') !== '');
  if (scope === 'view') return papers.filter(({ paper }) => viewIds.has(paper.id));
  return papers;
}

/** `YYYY-MM-DD` in UTC, so the same export gets the same dates wherever it is opened. */
export function isoDay(time: Date | number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * Words of letters, marks and digits joined by `-`, lower-case. Everything a file system or a
 * shell might read specially (slashes, dots, quotes, control characters, spaces) is a separator.
 */
export function slugWords(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word !== '')
    .join('-')
    .normalize('NFC');
}

/**
 * A slug of at most `max` code points, cut after a whole word when one fits (a long title cannot
 * make the name too long for a file system, nor end it in half a word).
 */
function cutAtWord(slug: string, max: number): string {
  const points = Array.from(slug);
  if (points.length <= max) return slug;
  const head = points.slice(0, max + 1).join('');
  const end = head.lastIndexOf('-');
  return end > 0 ? head.slice(0, end) : points.slice(0, max).join('');
}

const extensions: Record<ExportKind, string> = { md: 'md', zip: 'zip', bib: 'bib', backup: 'json' };

/** `readmark-<list>-<date>.<ext>`; a backup covers every list, so it is named for the app alone. */
export function exportFileName(kind: ExportKind, listTitle: string, date: Date): string {
  const day = isoDay(date);
  if (kind === 'backup') return `readmark-backup-${day}.json`;
  const list = cutAtWord(slugWords(listTitle), 60) || 'list';
  return `readmark-${list}-${day}.${extensions[kind]}`;
}

/**
 * How a format writes a tag. `typed` is the tag as the app shows it (BibTeX `keywords` hold
 * spaces). `hyphenated` turns spaces into `-`, because Obsidian's and Logseq's `#tag` ends at a
 * space and Obsidian's front-matter tags cannot hold one; `/` stays, read by both as nesting.
 */
export type TagForm = 'typed' | 'hyphenated';

/**
 * The paper's tags then the user's, in the format's form, without repeats (case-insensitively,
 * so `to cite` and `to-cite` are one Obsidian tag) and without a leading `#`.
 */
export function exportTags({ paper, state }: ExportPaper, form: TagForm): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of [...paper.tags, ...(state?.tags ?? [])]) {
    const typed = raw.trim().replace(/^#+/, '').trim().replace(/\s+/g, ' ');
    const tag = form === 'hyphenated' ? typed.replace(/ /g, '-') : typed;
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}
