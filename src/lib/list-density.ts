/** How the list shows papers: full cards, or one line a paper. */
export type ListDensity = 'cards' | 'compact';

export const LIST_DENSITIES: readonly ListDensity[] = ['cards', 'compact'];

export const DENSITY_LABELS: Readonly<Record<ListDensity, string>> = {
  cards: 'Cards',
  compact: 'Compact',
};

/** A stored value read back: anything unknown (an old or hand-edited value) is the default. */
export function parseListDensity(value: string | null): ListDensity {
  return value === 'compact' ? 'compact' : 'cards';
}
