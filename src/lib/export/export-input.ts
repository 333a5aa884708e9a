import type { CataloguePaper } from '../catalogue/schema';
import type { PaperState } from '../paper-state';

export type ExportPaper = {
  paper: CataloguePaper;
  state: PaperState | undefined;
  sectionTitles: string[];
};

/** What every exporter reads: papers already in list order and filtered to the chosen scope. */
export type ExportInput = { listTitle: string; exportedAt: Date; papers: ExportPaper[] };

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

const extensions: Record<ExportKind, string> = { md: 'md', zip: 'zip', bib: 'bib', backup: 'json' };

/** `readmark-<list>-<date>.<ext>`; a backup covers every list, so it is named for the app alone. */
export function exportFileName(kind: ExportKind, listTitle: string, date: Date): string {
  const day = isoDay(date);
  if (kind === 'backup') return `readmark-backup-${day}.json`;
  // Capped by code point so a long title cannot make the name too long for a file system.
  const list = Array.from(slugWords(listTitle)).slice(0, 60).join('').replace(/-+$/, '') || 'list';
  return `readmark-${list}-${day}.${extensions[kind]}`;
}

/**
 * The paper's tags then the user's, without repeats (case-insensitively), as the list shows them.
 * Spaces become `-` because Obsidian and `#tag` syntax end a tag at a space.
 */
export function exportTags({ paper, state }: ExportPaper): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of [...paper.tags, ...(state?.tags ?? [])]) {
    const tag = raw.trim().replace(/^#+/, '').replace(/\s+/g, '-');
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}
