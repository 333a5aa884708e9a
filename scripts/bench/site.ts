/** One served directory per list size: the built app with a synthetic catalogue in place. */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PaperState } from '../../src/lib/paper-state';
import { renderFirstScreenOf, withFirstScreen } from '../first-screen';
import { staticListPage } from './static-page';
import { syntheticBackup, syntheticCatalogue, syntheticStates } from './synthetic-list';

export type Site = {
  dir: string;
  size: number;
  /** The backup of every paper's state, also what the state-heavy measures seed from. */
  backupPath: string;
  bytes: { catalogue: number; staticPage: number; backup: number };
  /** The paper whose note the keystroke measure types into: the longest among the first 200. */
  notePaper: NotePaper;
};

export type NotePaper = { id: string; title: string; noteChars: number };

/** The longest note among the first papers (all of them seeded with a state). */
function notePaperOf(states: readonly PaperState[]): NotePaper {
  const longest = states
    .slice(0, 200)
    .reduce<PaperState | undefined>(
      (best, state) => (state.note.length > (best?.note.length ?? 0) ? state : best),
      undefined,
    );
  if (!longest) throw new Error('no seeded paper has a note');
  return { id: longest.id, title: longest.title, noteChars: longest.note.length };
}

export const STATIC_PAGE = '/bench-static.html';
export const BACKUP_FILE = '/bench-backup.json';

export async function prepareSite(distDir: string, root: string, size: number): Promise<Site> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir}/index.html is missing: build first (drop --no-build)`);
  }
  const dir = join(root, `size-${size}`);
  mkdirSync(dir, { recursive: true });
  cpSync(distDir, dir, { recursive: true });
  const catalogue = syntheticCatalogue(size);
  const catalogueJson = JSON.stringify(catalogue);
  const page = staticListPage(catalogue);
  const states = syntheticStates(catalogue);
  const backup = syntheticBackup(states);
  writeFileSync(join(dir, 'catalogue.json'), catalogueJson);
  // As a build of this list would: index.html carries its first screen, not the default list's.
  const indexPath = join(dir, 'index.html');
  const firstScreen = await renderFirstScreenOf(catalogueJson);
  writeFileSync(indexPath, withFirstScreen(readFileSync(indexPath, 'utf8'), firstScreen));
  writeFileSync(join(dir, STATIC_PAGE), page);
  const backupPath = join(dir, BACKUP_FILE);
  writeFileSync(backupPath, backup);
  return {
    dir,
    size,
    backupPath,
    bytes: {
      catalogue: Buffer.byteLength(catalogueJson),
      staticPage: Buffer.byteLength(page),
      backup: Buffer.byteLength(backup),
    },
    notePaper: notePaperOf(states),
  };
}
