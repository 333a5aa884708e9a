import { normaliseText } from './search/normalise';

export type PaletteItem = { id: string; label: string; hint: string };

/**
 * The palette's matches for what was typed: every word must appear in the label, labels that
 * start with the query first. Cheap enough to run over 50,000 titles on each keystroke.
 */
export function filterPaletteItems(
  items: readonly PaletteItem[],
  query: string,
  limit = 12,
): PaletteItem[] {
  // Stryker disable next-line Regex: splitting at each whitespace character leaves empty strings between runs, which filter(Boolean) drops: the same words
  const words = normaliseText(query).split(/\s+/).filter(Boolean);
  // Stryker disable next-line ConditionalExpression: with no words every item passes and starts with '', so the loop returns the same first `limit` items; this only skips the scan
  if (words.length === 0) return items.slice(0, limit);
  const starts: PaletteItem[] = [];
  const contains: PaletteItem[] = [];
  for (const item of items) {
    const label = normaliseText(item.label);
    if (!words.every((word) => label.includes(word))) continue;
    // Stryker disable next-line StringLiteral: words has at least one entry here (the empty case returned above), so the fallback is never used
    (label.startsWith(words[0] ?? '') ? starts : contains).push(item);
    // Stryker disable next-line ConditionalExpression, EqualityOperator: once `limit` labels start with the query, any later match lands past the limit and is sliced off; the break only ends the scan early
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}
