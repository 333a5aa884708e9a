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
  const rank = (tag: string) => (text !== '' && tag.toLowerCase().startsWith(text) ? 0 : 1);
  return all
    .filter(({ tag }) => !has.has(tag.toLowerCase()) && tag.toLowerCase().includes(text))
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        rank(a.entry.tag) - rank(b.entry.tag) || b.entry.count - a.entry.count || a.index - b.index,
    )
    .slice(0, max)
    .map(({ entry }) => entry);
}
