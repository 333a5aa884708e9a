import type { CataloguePaper } from './catalogue/schema';

export type PaperSnapshotRecord = { id: string; title: string; url: string };

/** A paper rebuilt from the title and URL kept with the user's state for it. */
export function paperFromSnapshot(state: PaperSnapshotRecord): CataloguePaper {
  return {
    id: state.id,
    title: state.title || state.id,
    url: state.url,
    sectionIds: [],
    tags: [],
    links: [],
  };
}

/**
 * Papers the user has state for that the list no longer contains, so they are shown by name
 * ("Not in this list any more") and never dropped.
 */
export function orphanPapers(
  states: Iterable<PaperSnapshotRecord>,
  listed: { has(id: string): boolean },
): CataloguePaper[] {
  const orphans: CataloguePaper[] = [];
  for (const state of states) {
    if (!listed.has(state.id)) orphans.push(paperFromSnapshot(state));
  }
  return orphans.sort((a, b) => a.title.localeCompare(b.title));
}
