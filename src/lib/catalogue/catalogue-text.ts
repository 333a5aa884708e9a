/**
 * The deployed list's text, handed from the page's request to the search worker, so the list is
 * downloaded once. Taken once: kept only until the first taker asks, and whoever asks later
 * gets null, as they do when the page could not load the list.
 */
type Taker = (text: string | null) => void;

let state: { kind: 'waiting' } | { kind: 'here'; text: string | null } | { kind: 'taken' } = {
  kind: 'waiting',
};
const takers: Taker[] = [];

export function shareDefaultCatalogueText(text: string | null): void {
  if (state.kind !== 'waiting') return;
  const [first, ...rest] = takers.splice(0);
  if (!first) {
    state = { kind: 'here', text };
    return;
  }
  // Stryker disable next-line ObjectLiteral, StringLiteral: any state that is neither waiting nor here is read as taken, so an empty or unnamed state acts the same
  state = { kind: 'taken' };
  first(text);
  rest.forEach((taker) => taker(null));
}

/** Calls `taker` once: with the text if it is the first to ask for it, otherwise with null. */
export function takeDefaultCatalogueText(taker: Taker): void {
  if (state.kind === 'waiting') {
    takers.push(taker);
  } else if (state.kind === 'here') {
    const { text } = state;
    // Stryker disable next-line ObjectLiteral, StringLiteral: any state that is neither waiting nor here is read as taken, so an empty or unnamed state acts the same
    state = { kind: 'taken' };
    taker(text);
  } else {
    taker(null);
  }
}
