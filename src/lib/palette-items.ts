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
  const words = normaliseText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return items.slice(0, limit);
  const starts: PaletteItem[] = [];
  const contains: PaletteItem[] = [];
  for (const item of items) {
    const label = normaliseText(item.label);
    if (!words.every((word) => label.includes(word))) continue;
    (label.startsWith(words[0] ?? '') ? starts : contains).push(item);
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}
