/**
 * The catalogue's marker for "and others": when a list abbreviates its author list, the parser
 * makes this exact string the last element of `authors`. It is never a name, so nothing shows,
 * indexes or cites it as one.
 */
export const ET_AL = 'et al.';

export type AuthorList = {
  /** The names as the list writes them, without the marker. */
  names: readonly string[];
  /** The list ended with "et al.": there are more authors than `names`. */
  others: boolean;
};

export function splitAuthors(authors: readonly string[] | undefined): AuthorList {
  if (!authors || authors.length === 0) return { names: [], others: false };
  const others = authors[authors.length - 1] === ET_AL;
  return { names: others ? authors.slice(0, -1) : authors, others };
}

/** Every name, comma-separated, then "et al." if the list said so; '' with no names. */
export function authorsText(authors: readonly string[] | undefined): string {
  const { names, others } = splitAuthors(authors);
  if (names.length === 0) return '';
  return others ? `${names.join(', ')} ${ET_AL}` : names.join(', ');
}

export type ShortAuthorsOptions = {
  /** How many names to show at most. */
  shown: number;
  /**
   * What stands for the names left out: their count (`+4`), which tells how long the list is,
   * or "et al.", the citation habit, which reads better after a single name.
   */
  rest: 'count' | 'et-al';
};

/**
 * The first names and a hint of the rest, short enough for one line of a card or row. When
 * the list itself ended with "et al.", the true count is unknown, so the hint is "et al.".
 */
export function shortAuthors(
  authors: readonly string[] | undefined,
  { shown, rest }: ShortAuthorsOptions,
): string {
  const { names, others } = splitAuthors(authors);
  if (names.length <= shown) return authorsText(authors);
  const head = names.slice(0, shown).join(', ');
  return rest === 'count' && !others ? `${head} +${names.length - shown}` : `${head} ${ET_AL}`;
}
