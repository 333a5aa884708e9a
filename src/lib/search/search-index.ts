import { forEachToken, normaliseText, tokenise } from './normalise';

export type SearchField =
  'title' | 'venue' | 'authors' | 'tags' | 'description' | 'note' | 'sections';
export type SearchDocument = {
  id: string;
  /** The paper's position in the list: breaks score ties so results are stable. */
  order: number;
  /** Kept by the index as given, not copied: never change it after handing it over. */
  fields: Readonly<Partial<Record<SearchField, string>>>;
};
export type SearchIndex = {
  /** Adds or replaces one document. Cheap: proportional to the document's own size. */
  upsert(doc: SearchDocument): void;
  remove(id: string): void;
  /**
   * Ids matching every word of the query (AND), best first. A query with no words in it (empty,
   * blank, only punctuation or emoji) returns null, meaning: no filtering.
   */
  search(query: string): string[] | null;
  size(): number;
};

/*
 * Design, for 50,000 papers and a search on every keystroke:
 * - A document is a small integer slot. Each term owns a posting list of packed numbers
 *   `slot * SLOT_UNIT + fieldMask`: arrays of small integers are compact (the notes of 50,000 papers
 *   give millions of entries) and iterate far faster than a Map per term.
 * - Postings also sit in an array sorted by token, so the tokens a query word is a prefix of
 *   form one contiguous range, found by binary search. A one-letter word would span a large
 *   share of that array, so each document also gets one term per first letter (SHORT_PREFIX).
 * - `upsert` diffs old terms against new and touches only the postings that changed: typing in
 *   a note changes one or two. New tokens wait in `pending` until the next search sorts them in.
 * - A search scores words from the rarest up in typed arrays indexed by slot, marking progress
 *   with an epoch instead of clearing them, then buckets the survivors by score while walking
 *   them in list order.
 */

// A field's bit in a mask is its index here: TITLE_BIT relies on the title coming first.
const FIELDS: readonly SearchField[] = [
  'title',
  'tags',
  'venue',
  'description',
  'note',
  'authors',
  'sections',
];
const FIELD_WEIGHT: Record<SearchField, number> = {
  title: 10,
  tags: 6,
  venue: 5,
  // A surname typed in the box means the author more often than a mention in a description.
  authors: 4,
  description: 3,
  note: 2,
  // A section names many papers: its words find them all, after papers that say them themselves.
  sections: 1,
};
const TITLE_BIT = 1;
/** An entry packs its slot above a mask of one bit per field: `slot * SLOT_UNIT + mask`. */
const MASK_BITS = FIELDS.length;
const SLOT_UNIT = 2 ** MASK_BITS;
const FIELD_MASK = SLOT_UNIT - 1;
const EXACT_BONUS = 1;
const PHRASE_BONUS = 5;
/**
 * Marks the term holding the union of a document's tokens that start with one given letter.
 * No token contains U+0000, and these terms sort before every token, out of any prefix range.
 */
const SHORT_PREFIX = '\u0000';
const NON_ASCII = /[\u0080-\uffff]/;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;
const MAX_WORD_SCORE = FIELD_WEIGHT.title + EXACT_BONUS;
/** The best weight among the fields of each field mask. */
const MASK_WEIGHT = Array.from({ length: SLOT_UNIT }, (_, mask) =>
  Math.max(0, ...FIELDS.filter((_f, bit) => mask & (1 << bit)).map((f) => FIELD_WEIGHT[f])),
);

/**
 * `mark` is the insert that last added an entry here (that entry is then the last one), and
 * `first` the SHORT_PREFIX term of the token's first letter: both let a new document be added
 * with one map lookup per token and no map of its own.
 */
type Posting = { token: string; entries: number[]; mark: number; first?: Posting };
/** `title` is kept in phrase form; `fields` is what the postings currently hold. */
type DocRecord = {
  id: string;
  slot: number;
  order: number;
  title: string;
  fields: SearchDocument['fields'];
};
type Scratch = Record<'seen' | 'total' | 'best' | 'titleHits' | 'rank', Int32Array>;
/** The postings a query word matches: `exact` (the word itself) earns the exact-token bonus. */
type WordMatch = { exact: Posting | undefined; prefixed: Posting[]; cost: number };

export function createSearchIndex(docs: Iterable<SearchDocument> = []): SearchIndex {
  const records = new Map<string, DocRecord>();
  // Stryker disable next-line ArrayDeclaration: a stray first element only leaves slot 0 unused: nothing iterates bySlot
  const bySlot: (DocRecord | undefined)[] = [];
  const freeSlots: number[] = [];
  const postings = new Map<string, Posting>();
  let sorted: Posting[] = [];
  let pending: Posting[] = []; // postings created since `sorted` was last brought up to date
  let emptyPostings = 0;
  // Stryker disable next-line ArrayDeclaration: read only after a word matched a document, and any document rebuilds it first
  let ranked: number[] = []; // live slots by order; stale while `rankDirty`
  // Stryker disable next-line BooleanLiteral: starting dirty only rebuilds the same ranks from the same records
  let rankDirty = false;
  let epoch = 0;
  let scratch = createScratch(1024);
  let inserts = 0;

  function upsert(doc: SearchDocument): void {
    const record = records.get(doc.id);
    if (record) update(record, doc);
    else insert(doc);
  }

  /** A new document has no old terms to diff against: only its own terms are added. */
  function insert(doc: SearchDocument): void {
    const slot = freeSlots.pop() ?? bySlot.length;
    // Stryker disable next-line StringLiteral: replaced by the title's phrase form below before any search reads it
    const record = { id: doc.id, slot, order: doc.order, title: '', fields: doc.fields };
    records.set(doc.id, record);
    bySlot[slot] = record;
    if (slot >= scratch.seen.length) scratch = createScratch(slot * 2);
    rankDirty = true;
    // Stryker disable next-line UpdateOperator: counting down also gives each insert its own mark, never the 0 of addEntry
    const mark = ++inserts;
    for (let bit = 0; bit < FIELDS.length; bit++) {
      // Stryker disable next-line StringLiteral: bit stays below FIELDS.length, so the fallback is never used
      const text = doc.fields[FIELDS[bit] ?? 'title'];
      if (!text) continue;
      const flag = 1 << bit;
      forEachToken(text, (token) => {
        const posting = flagTerm(token, slot, flag, mark);
        // Stryker disable next-line ConditionalExpression: the cached posting is the map's: it leaves only when empty, with this token's
        if (posting.first) flagPosting(posting.first, slot, flag, mark);
        else posting.first = flagTerm(shortPrefixTerm(token.charAt(0)), slot, flag, mark);
      });
    }
    // Stryker disable next-line StringLiteral: read only when every query word matched the title, never for a document without one
    record.title = phraseForm(doc.fields.title ?? '');
  }

  /** Adds `flag` to the document's entry for `term`, creating the entry (or term) if needed. */
  function flagTerm(term: string, slot: number, flag: number, mark: number): Posting {
    const posting = postings.get(term);
    if (posting) {
      flagPosting(posting, slot, flag, mark);
      return posting;
    }
    const created = { token: term, entries: [slot * SLOT_UNIT + flag], mark };
    postings.set(term, created);
    pending.push(created);
    return created;
  }

  function flagPosting(posting: Posting, slot: number, flag: number, mark: number): void {
    const { entries } = posting;
    if (posting.mark === mark) {
      const last = entries.length - 1;
      entries[last] = (entries[last] ?? 0) | flag;
      return;
    }
    // Stryker disable next-line all: the count only decides when empty postings are dropped, and an empty posting matches nothing
    if (entries.length === 0) emptyPostings--;
    posting.mark = mark;
    entries.push(slot * SLOT_UNIT + flag);
  }

  function update(record: DocRecord, doc: SearchDocument): void {
    // Stryker disable next-line ConditionalExpression: setting the same order again only makes the next search rebuild the same ranks
    if (record.order !== doc.order) {
      record.order = doc.order;
      rankDirty = true;
    }
    const { slot, fields } = record;
    // Stryker disable next-line ConditionalExpression,ArrowFunction,StringLiteral: diffing equal texts instead of skipping them changes no posting
    if (FIELDS.every((field) => (fields[field] ?? '') === (doc.fields[field] ?? ''))) return;
    // The old terms come from re-tokenising the old text, not from a per-document list of
    // postings: the text is mostly shared with the caller, while such lists would add millions
    // of entries at 50,000 papers. Re-tokenising costs well under a millisecond per 5 KB note.
    const old = tokenMasks(fields);
    const fresh = tokenMasks(doc.fields);
    for (const [term, mask] of old) {
      // Stryker disable next-line OptionalChaining,ArrayDeclaration: the document's own entry keeps each of its terms in the map
      const entries = postings.get(term)?.entries ?? [];
      const next = fresh.get(term);
      // Stryker disable next-line AssignmentOperator: the count only decides when empty postings are dropped, and an empty posting matches nothing
      if (next === undefined) emptyPostings += removeEntry(entries, slot) ? 1 : 0;
      else {
        // Stryker disable next-line ConditionalExpression: setting the mask the entry already has changes nothing
        if (next !== mask) setMask(entries, slot, next);
      }
    }
    for (const [term, mask] of fresh) if (!old.has(term)) addEntry(term, slot, mask);
    record.fields = doc.fields;
    // Stryker disable next-line StringLiteral: read only when every query word matched the title, never for a document without one
    record.title = phraseForm(doc.fields.title ?? '');
  }

  function addEntry(term: string, slot: number, mask: number): void {
    let posting = postings.get(term);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,UpdateOperator: the count only decides when empty postings are dropped, and an empty posting matches nothing
    if (posting?.entries.length === 0) emptyPostings--;
    if (!posting) {
      posting = { token: term, entries: [], mark: 0 };
      postings.set(term, posting);
      pending.push(posting);
    }
    posting.entries.push(slot * SLOT_UNIT + mask);
  }

  function remove(id: string): void {
    const record = records.get(id);
    if (!record) return;
    for (const term of tokenMasks(record.fields).keys()) {
      // Stryker disable next-line AssignmentOperator,OptionalChaining,ArrayDeclaration: the count only times the drop of empty postings; the document's entry keeps each of its terms in the map
      emptyPostings += removeEntry(postings.get(term)?.entries ?? [], record.slot) ? 1 : 0;
    }
    records.delete(id);
    bySlot[record.slot] = undefined;
    freeSlots.push(record.slot);
  }

  /** Brings `sorted` up to date: cheap insertions for a few new tokens, a merge for many. */
  function refreshTokens(): void {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: merging and inserting give the same order (no token is in both); the threshold picks the faster
    if (pending.length > 16) sorted = mergeByToken(sorted, pending.sort(byToken));
    else for (const p of pending) sorted.splice(lowerBound(sorted, p.token), 0, p);
    pending = [];
    // Tokens nobody uses any more are dropped in bulk, not one splice at a time.
    // Stryker disable next-line all: when (or whether) empty postings are dropped changes memory and speed only: they match nothing
    if (emptyPostings > 1024 && emptyPostings * 4 > sorted.length) {
      for (const p of sorted) if (p.entries.length === 0) postings.delete(p.token);
      sorted = sorted.filter((p) => p.entries.length > 0);
      emptyPostings = 0;
    }
  }

  function refreshRanks(): void {
    // Stryker disable next-line ConditionalExpression: rebuilding ranks that did not change gives the same ranks
    if (!rankDirty) return;
    const live = [...records.values()].sort((a, b) => a.order - b.order || byText(a.id, b.id));
    ranked = live.map((record) => record.slot);
    ranked.forEach((slot, rank) => (scratch.rank[slot] = rank));
    // Stryker disable next-line BooleanLiteral: rebuilding ranks that did not change gives the same ranks
    rankDirty = false;
  }

  function matchWord(word: string): WordMatch {
    // Stryker disable next-line ConditionalExpression,BlockStatement: the prefix range finds the same documents with the same best weights; the union is for speed
    if (word.length === 1) {
      // One letter is a prefix of a large share of all tokens: use its precomputed union.
      const exact = postings.get(word);
      const union = postings.get(`${SHORT_PREFIX}${word}`);
      // Stryker disable next-line LogicalOperator: the cost only orders words and ends a search early; a word that matches nothing still leaves no candidate
      const cost = (exact?.entries.length ?? 0) + (union?.entries.length ?? 0);
      // Stryker disable next-line ArrayDeclaration: no union means no token of that letter, so the cost is 0 and the search has already returned
      return { exact, prefixed: union ? [union] : [], cost };
    }
    const lo = lowerBound(sorted, word);
    let hi = lo;
    let cost = 0;
    // Stryker disable next-line AssignmentOperator: a negated cost is 0 exactly when the cost is, and only the order of words changes
    for (let p = sorted[hi]; p?.token.startsWith(word); p = sorted[++hi]) cost += p.entries.length;
    const exact = sorted[lo]?.token === word ? sorted[lo] : undefined;
    return { exact, prefixed: sorted.slice(exact ? lo + 1 : lo, hi), cost };
  }

  function search(query: string): string[] | null {
    const words = tokenise(query);
    if (words.length === 0) return null;
    refreshTokens();
    const matches: WordMatch[] = [];
    for (const word of words) {
      const match = matchWord(word);
      // Stryker disable next-line ConditionalExpression: a word that matches nothing leaves no candidate, so the search returns [] all the same
      if (match.cost === 0) return [];
      matches.push(match);
    }
    // Stryker disable next-line all: scoring rarest words first only saves work: a hit must match every word, and scores are sums
    matches.sort((a, b) => a.cost - b.cost);
    // Stryker disable next-line EqualityOperator: resetting earlier (or at 2 ** 30) is always safe: the epochs start again from 0
    if (epoch > 2 ** 30) {
      scratch.seen.fill(0);
      epoch = 0;
    }
    const base = epoch;
    epoch += matches.length;
    const candidates = scoreWords(matches, base, scratch);
    refreshRanks();
    // Scanning every document in list order beats sorting the candidates once they are many.
    const { rank } = scratch;
    const inOrder =
      // Stryker disable next-line all: scanning the list and sorting the hits give the same order; the threshold picks the faster
      candidates.length * 64 > ranked.length
        ? ranked
        : candidates.sort((a, b) => (rank[a] ?? 0) - (rank[b] ?? 0));
    return collect(inOrder, base + matches.length, query, words);
  }

  /** Buckets the documents that matched every word by score; each bucket keeps list order. */
  function collect(inOrder: number[], final: number, query: string, words: string[]): string[] {
    const { seen, total, titleHits } = scratch;
    const maxScore = words.length * MAX_WORD_SCORE + PHRASE_BONUS;
    const buckets = Array.from({ length: maxScore + 1 }, (): number[] => []);
    // A phrase can only be in the title if every word matched the title, so the substring check
    // runs on few documents. When the phrase is one token, that match is the whole test.
    const phrase = phraseForm(query);
    // Stryker disable next-line ConditionalExpression: the substring check gives the same answer; a two-character CJK query is a phrase of any title holding both its words
    const implied = words.length === 1 && phrase === words[0];
    for (const slot of inOrder) {
      if (seen[slot] !== final) continue;
      let score = total[slot] ?? 0;
      // Stryker disable next-line OptionalChaining: a slot that matched every word holds a live document
      if (titleHits[slot] === words.length && (implied || bySlot[slot]?.title.includes(phrase)))
        score += PHRASE_BONUS;
      // Stryker disable next-line OptionalChaining: a score lies between 1 and maxScore, so its bucket exists
      buckets[maxScore - score]?.push(slot);
    }
    const ids: string[] = [];
    // Stryker disable next-line OptionalChaining,StringLiteral: every slot in a bucket holds a live document
    for (const bucket of buckets) for (const slot of bucket) ids.push(bySlot[slot]?.id ?? '');
    return ids;
  }

  for (const doc of docs) upsert(doc);
  refreshTokens();
  refreshRanks();
  return { upsert, remove, search, size: () => records.size };
}

function tokenMasks(fields: SearchDocument['fields']): Map<string, number> {
  const masks = new Map<string, number>();
  for (let bit = 0; bit < FIELDS.length; bit++) {
    // Stryker disable next-line StringLiteral: bit stays below FIELDS.length, so the fallback is never used
    const text = fields[FIELDS[bit] ?? 'title'];
    if (!text) continue;
    const flag = 1 << bit;
    forEachToken(text, (token) => masks.set(token, (masks.get(token) ?? 0) | flag));
  }
  // Stored as terms beside the tokens, so upsert and remove keep them current for free.
  const firsts = new Map<string, number>();
  for (const [token, mask] of masks) {
    const first = token.charAt(0);
    firsts.set(first, (firsts.get(first) ?? 0) | mask);
  }
  for (const [first, mask] of firsts) masks.set(shortPrefixTerm(first), mask);
  return masks;
}

// The same few dozen first letters come up in every document: one string each, made once.
const shortPrefixTerms = new Map<string, string>();
function shortPrefixTerm(first: string): string {
  let term = shortPrefixTerms.get(first);
  // Stryker disable next-line ConditionalExpression: building the term again gives an equal string; the map only saves building it
  if (term === undefined) {
    term = `${SHORT_PREFIX}${first}`;
    shortPrefixTerms.set(first, term);
  }
  return term;
}

/** Separators collapsed to one space, so `neural-netwo` is a phrase of `Neural Networks`. */
function phraseForm(text: string): string {
  // In ASCII, letters and digits are exactly a-z and 0-9 once lower-cased: no Unicode regex.
  // Stryker disable next-line ConditionalExpression: on ASCII text the Unicode path also keeps exactly a-z and 0-9
  if (!NON_ASCII.test(text)) return text.toLowerCase().replace(ASCII_SEPARATORS, ' ').trim();
  return normaliseText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function createScratch(size: number): Scratch {
  const array = () => new Int32Array(size);
  return { seen: array(), total: array(), best: array(), titleHits: array(), rank: array() };
}

/**
 * Scores the words in turn. `seen[slot] === base + k` means the document matched the first k
 * words; a document missing one word falls behind and is skipped by every later word. Returns
 * the slots that matched them all.
 */
function scoreWords(matches: WordMatch[], base: number, s: Scratch): number[] {
  const { seen, total, best, titleHits } = s;
  // Stryker disable next-line ArrayDeclaration: a stray entry never has seen === final, so it is skipped; scan or sort give the same order
  const candidates: number[] = [];
  matches.forEach(({ exact, prefixed }, k) => {
    const previous = base + k;
    const current = previous + 1;
    const last = k === matches.length - 1;
    const visit = (entries: number[], bonus: number) => {
      for (const entry of entries) {
        const slot = entry >> MASK_BITS;
        const weight = (MASK_WEIGHT[entry & FIELD_MASK] ?? 0) + bonus;
        if (seen[slot] === current) {
          // Another token matched the same word: keep only the word's best score.
          const had = best[slot] ?? 0;
          // Stryker disable next-line EqualityOperator: an equal weight changes neither total nor best, and a title entry weighs at least the title
          if (weight <= had) continue;
          // Stryker disable next-line ConditionalExpression,EqualityOperator: had reaches the title weight only from a title entry, and the exact posting (the only heavier one) comes first
          if (entry & TITLE_BIT && had < FIELD_WEIGHT.title) {
            titleHits[slot] = (titleHits[slot] ?? 0) + 1;
          }
          total[slot] = (total[slot] ?? 0) + weight - had;
          best[slot] = weight;
        } else if (k === 0 || seen[slot] === previous) {
          seen[slot] = current;
          best[slot] = weight;
          total[slot] = (k === 0 ? 0 : (total[slot] ?? 0)) + weight;
          titleHits[slot] = (k === 0 ? 0 : (titleHits[slot] ?? 0)) + (entry & TITLE_BIT);
          if (last) candidates.push(slot);
        }
      }
    };
    if (exact) visit(exact.entries, EXACT_BONUS);
    for (const posting of prefixed) visit(posting.entries, 0);
  });
  return candidates;
}

function lowerBound(sorted: Posting[], token: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // Stryker disable next-line OptionalChaining,StringLiteral: mid stays below sorted.length
    if ((sorted[mid]?.token ?? '') < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mergeByToken(a: Posting[], b: Posting[]): Posting[] {
  const out: Posting[] = [];
  let i = 0;
  let j = 0;
  for (let x = a[0], y = b[0]; x && y;) {
    // Stryker disable next-line EqualityOperator: no token is both in `sorted` and among the new ones, so equal tokens never meet
    if (x.token < y.token) {
      out.push(x);
      x = a[++i];
    } else {
      out.push(y);
      y = b[++j];
    }
  }
  return out.concat(a.slice(i), b.slice(j));
}

function setMask(entries: number[], slot: number, mask: number): void {
  const i = entries.findIndex((entry) => entry >> MASK_BITS === slot);
  // Stryker disable next-line ConditionalExpression: called only for a term the document holds, so its entry is found
  if (i >= 0) entries[i] = slot * SLOT_UNIT + mask;
}

/** Swap-removes the document's entry (posting order does not matter); true if now empty. */
function removeEntry(entries: number[], slot: number): boolean {
  const i = entries.findIndex((entry) => entry >> MASK_BITS === slot);
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: called only for a term the document holds, so its entry is found
  if (i < 0) return false;
  const last = entries.pop() ?? 0;
  if (i < entries.length) entries[i] = last;
  // Stryker disable next-line all: the answer only counts empty postings, which decides when they are dropped; they match nothing
  return entries.length === 0;
}

/** Code-unit order, the order in which every string with a given prefix is contiguous. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byToken(a: Posting, b: Posting): number {
  return byText(a.token, b.token);
}
