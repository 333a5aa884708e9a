export type CatalogueChanges = { added: string[]; removed: string[] };

/** Which papers appeared and disappeared since the ids the user last acknowledged. */
export function diffPaperIds(
  seen: readonly string[],
  current: readonly string[],
): CatalogueChanges {
  const before = new Set(seen);
  const now = new Set(current);
  return {
    added: current.filter((id) => !before.has(id)),
    removed: seen.filter((id) => !now.has(id)),
  };
}

/** One key per list, stable across deployments of the same list. */
export function listKey(catalogue: { sourceUrl?: string; title: string }): string {
  return `list:${catalogue.sourceUrl ?? catalogue.title}`;
}
