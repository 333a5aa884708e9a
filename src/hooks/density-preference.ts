import { parseListDensity, type ListDensity } from '../lib/list-density';
import { storedPreference } from './stored-preference';

// Per device, like the theme: a phone may want one line a paper while the laptop keeps cards.
const density = storedPreference<ListDensity>('readmark:density', parseListDensity, 'cards');

export const setListDensity = density.set;

export const useListDensity = density.use;
