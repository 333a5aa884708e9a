import type { CataloguePaper, CatalogueSection } from '../catalogue/schema';

/**
 * A short summary of a list's papers, so the search worker can tell whether the copy it loaded
 * itself is the one the page shows (a deployment could land between the two loads). Hits are
 * sent back as positions in the list, so the ids and their order must agree; titles and the
 * sizes of the other fields catch an edited list under the same ids, and section titles a renamed
 * section (they are searched too).
 */
/** The author list's size (lengths plus one per name), without building a string per paper. */
function authorsSize(authors: readonly string[] | undefined): number {
  let size = 0;
  // Stryker disable next-line AssignmentOperator: a negated size tells author lists apart as well, and fingerprints are only compared with fingerprints
  for (const name of authors ?? []) size += name.length + 1;
  return size;
}

export function papersFingerprint(
  papers: readonly CataloguePaper[],
  sections: readonly CatalogueSection[] = [],
): string {
  // FNV-1a over code units: cheap enough for 50,000 papers on the page's thread.
  let hash = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    }
    hash = Math.imul(hash ^ 0x1f, 0x01000193);
  };
  for (const paper of papers) {
    mix(paper.id);
    mix(paper.title);
    mix(
      `${paper.description?.length ?? 0}/${paper.tags.length}/${paper.venue ?? ''}/${authorsSize(paper.authors)}`,
    );
  }
  for (const section of sections) mix(section.title);
  return `${papers.length}:${(hash >>> 0).toString(36)}`;
}
