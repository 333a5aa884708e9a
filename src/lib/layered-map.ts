/*
 * A read-only map made of a base map and the entries changed since, so that a change to a few
 * entries of a large map does not copy it: at 10,000 paper states a copy is milliseconds of main
 * thread on every status change or autosave. Layers do not stack: a change on top of a layered
 * map merges the two change sets over the same base, and once they grow past a share of the base
 * they are folded into a plain map (the copy then pays for many changes at once).
 */

// An entry removed from the base; `undefined` could be a stored value.
const REMOVED: unique symbol = Symbol('removed');
type Change<V> = V | typeof REMOVED;

// Folded into a plain map past this many changes, or a sixteenth of the base, whichever is more.
const FEWEST_BEFORE_FOLDING = 64;

class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  // Whoever reads every entry gets them from one plain map, made on the first such read: walking
  // the layers entry by entry is several times slower than a map's own iteration.
  private folded: Map<K, V> | undefined;

  constructor(
    readonly base: ReadonlyMap<K, V>,
    readonly changes: ReadonlyMap<K, Change<V>>,
    readonly size: number,
  ) {}

  get(key: K): V | undefined {
    const change = this.changes.get(key);
    if (change === REMOVED) return undefined;
    return this.changes.has(key) ? change : this.base.get(key);
  }

  has(key: K): boolean {
    return this.changes.has(key) ? this.changes.get(key) !== REMOVED : this.base.has(key);
  }

  entries(): MapIterator<[K, V]> {
    return this.flat().entries();
  }

  keys(): MapIterator<K> {
    return this.flat().keys();
  }

  values(): MapIterator<V> {
    return this.flat().values();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.flat().forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  /** Every entry, in the order a copied map would give: changed ones in place, new ones last. */
  flat(): ReadonlyMap<K, V> {
    if (this.folded) return this.folded;
    const folded = new Map<K, V>();
    for (const [key, value] of this.base) {
      if (!this.changes.has(key)) folded.set(key, value);
      else {
        const change = this.changes.get(key) as Change<V>;
        if (change !== REMOVED) folded.set(key, change);
      }
    }
    for (const [key, change] of this.changes) {
      if (change !== REMOVED && !this.base.has(key)) folded.set(key, change);
    }
    this.folded = folded;
    return folded;
  }

  /** Once folded, the plain map is the better base for the next changes. */
  foldedMap(): ReadonlyMap<K, V> | undefined {
    return this.folded;
  }
}

/**
 * `map` with the given entries set, or removed where the value is undefined, without copying
 * `map`. The result is a new map; `map` is left as it was.
 */
export function withEntries<K, V>(
  map: ReadonlyMap<K, V>,
  updates: Iterable<readonly [K, V | undefined]>,
): ReadonlyMap<K, V> {
  const layered = map instanceof LayeredMap ? (map as LayeredMap<K, V>) : undefined;
  const folded = layered?.foldedMap();
  const base = folded ?? layered?.base ?? map;
  const changes = new Map<K, Change<V>>(folded ? [] : (layered?.changes ?? []));
  let size = map.size;
  for (const [key, value] of updates) {
    const had = changes.has(key) ? changes.get(key) !== REMOVED : base.has(key);
    const present = value !== undefined;
    if (present) changes.set(key, value);
    else if (base.has(key)) changes.set(key, REMOVED);
    else changes.delete(key);
    size += (present ? 1 : 0) - (had ? 1 : 0);
  }
  if (changes.size > Math.max(FEWEST_BEFORE_FOLDING, base.size / 16)) {
    return new LayeredMap(base, changes, size).flat();
  }
  return new LayeredMap(base, changes, size);
}
