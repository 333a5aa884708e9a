export type TagRenames = Readonly<Record<string, string | null>>;

/** The filter's tags after the session's renames; the same array when nothing changed. */
export function followRenames(tags: readonly string[], renames: TagRenames): readonly string[] {
  if (!tags.some((tag) => tag.toLowerCase() in renames)) return tags;
  const next: string[] = [];
  for (const tag of tags) {
    const key = tag.toLowerCase();
    const target = key in renames ? renames[key] : tag;
    if (target && !next.some((t) => t.toLowerCase() === target.toLowerCase())) next.push(target);
  }
  return next;
}
