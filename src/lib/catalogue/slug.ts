// Mirrors github-slugger so section ids match the anchors GitHub renders for the same list.
const droppedCharacters = /[^\p{L}\p{M}\p{N}\p{Pc} -]/gu;

/** GitHub's heading slug: lower-case, punctuation and symbols dropped, each space becomes `-`. */
export function githubSlug(text: string): string {
  return text.toLowerCase().replace(droppedCharacters, '').replace(/ /g, '-');
}

/**
 * Returns a function that slugs headings in document order and, like GitHub, suffixes repeats
 * with `-1`, `-2`. An empty slug (an emoji-only heading) becomes `section` because ids must not
 * be empty.
 */
export function createSlugger(): (text: string) => string {
  const occurrences = new Map<string, number>();
  return (text) => {
    const base = githubSlug(text) || 'section';
    let result = base;
    while (occurrences.has(result)) {
      const next = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, next);
      result = `${base}-${next}`;
    }
    occurrences.set(result, 0);
    return result;
  };
}
