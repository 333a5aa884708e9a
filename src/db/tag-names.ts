export const MAX_TAG_LENGTH = 64;

// Trims, collapses inner whitespace, strips leading '#' and keeps at most 64 characters
// (counted in code points, so an emoji is never cut in half). Null when nothing is left.
export function normaliseTag(raw: string): string | null {
  const cleaned = raw.normalize('NFC').replace(/\s+/gu, ' ').trim().replace(/^#+/u, '').trim();
  const tag = Array.from(cleaned).slice(0, MAX_TAG_LENGTH).join('').trim();
  return tag === '' ? null : tag;
}

// Tags are one tag whatever their case: "ML" and "ml" are the same.
export function tagKey(tag: string): string {
  return tag.toLowerCase();
}

export function sameTag(a: string, b: string): boolean {
  return tagKey(a) === tagKey(b);
}

// Keeps the first occurrence of each tag, in order.
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tagKey(tag);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
