import type { CatalogueOutline } from '../../lib/catalogue/catalogue-outline';
import type { PaperState } from '../../lib/paper-state';
import type { SectionCounts } from './section-progress';

/** Read and total papers per section (subsections included), and for the whole list (null). */
export function countReadBySection(
  outline: CatalogueOutline,
  states: ReadonlyMap<string, PaperState> | undefined,
): Map<string | null, SectionCounts> {
  const isRead = (id: string) => states?.get(id)?.status === 'read';
  const counts = new Map<string | null, SectionCounts>();
  let read = 0;
  for (const id of outline.paperById.keys()) if (isRead(id)) read += 1;
  counts.set(null, { read, total: outline.paperById.size });
  for (const [sectionId, ids] of outline.paperIdsBySection) {
    let sectionRead = 0;
    for (const id of ids) if (isRead(id)) sectionRead += 1;
    counts.set(sectionId, { read: sectionRead, total: ids.size });
  }
  return counts;
}
