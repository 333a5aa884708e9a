export type TagUse = { tag: string; count: number };

/**
 * The tags to offer for what is typed: those the paper lacks that contain the text (any case),
 * the ones starting with it first, then the most used; with nothing typed, the most used.
 */
export function tagSuggestions(
  all: readonly TagUse[],
  own: readonly string[],
  typed: string,
  max = 8,
): TagUse[] {
  const has = new Set(own.map((tag) => tag.toLowerCase()));
  const text = typed.trim().replace(/^#+/u, '').trim().toLowerCase();
  // Every tag starts with '', so with nothing typed all rank alike and the most used lead.
  const rank = (tag: string) => (tag.toLowerCase().startsWith(text) ? 0 : 1);
  // The sort is stable: tags tied on both keep the order they came in.
  return all
    .filter(({ tag }) => !has.has(tag.toLowerCase()) && tag.toLowerCase().includes(text))
    .sort((a, b) => rank(a.tag) - rank(b.tag) || b.count - a.count)
    .slice(0, max);
}
