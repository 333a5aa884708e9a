// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../src/lib/search/search-index';
import type {
  SearchDocument,
  SearchField,
  SearchIndex,
} from '../../../src/lib/search/search-index';

function doc(id: string, order: number, fields: Partial<Record<SearchField, string>>) {
  return { id, order, fields } satisfies SearchDocument;
}

const corpus = [
  doc('fuzz', 0, { title: 'Fuzzing: Art, Science, and Engineering', tags: 'testing security' }),
  doc('llm', 1, { title: 'LLMs for Code', description: 'large-language models write programs' }),
  doc('metric', 2, { title: 'Une Métrique de Qualité', venue: 'ICSE 2021' }),
  doc('zh', 3, { title: '深度学习的编译器', note: '读过' }),
  doc('cpp', 4, { title: 'C++ Templates and Tensor Shapes', note: 'see "quoted" text' }),
];

describe('search index: matching', () => {
  // Built in each test, not when the file is collected, so that the code building it runs as
  // the tests do (mutation testing switches a change on only for the tests).
  let index: SearchIndex;
  beforeEach(() => {
    index = createSearchIndex(corpus);
  });

  it('matches a prefix of any token', () => {
    expect(index.search('fuzz')).toEqual(['fuzz']);
    expect(index.search('llm')).toEqual(['llm']);
    expect(index.search('engin')).toEqual(['fuzz']);
  });

  it('narrows with every word (AND)', () => {
    expect(index.search('fuzzing security')).toEqual(['fuzz']);
    expect(index.search('fuzzing code')).toEqual([]);
    expect(index.search('and')).toEqual(['fuzz', 'cpp']);
    expect(index.search('and templ')).toEqual(['cpp']);
  });

  it('returns nothing when one word matches nothing, wherever it stands', () => {
    // Each other word alone finds a paper: the unknown word must not be skipped.
    for (const query of [
      'fuzzing zyzzyva',
      'zyzzyva fuzzing',
      'fuzz security zyzzyva',
      '学习 qq',
    ]) {
      expect(index.search(query), query).toEqual([]);
    }
  });

  it('requires every part of a word that contains separators', () => {
    expect(index.search('large-language')).toEqual(['llm']);
    expect(index.search('large-fuzz')).toEqual([]);
    expect(index.search('tensor-shape')).toEqual(['cpp']);
  });

  it('ignores case and diacritics on both sides', () => {
    expect(index.search('metrique')).toEqual(['metric']);
    expect(index.search('MÉTRIQUE QUALITE')).toEqual(['metric']);
    expect(index.search('icse')).toEqual(['metric']);
  });

  it('finds Chinese text by any substring, without spaces', () => {
    expect(index.search('学习')).toEqual(['zh']);
    expect(index.search('编译器')).toEqual(['zh']);
    expect(index.search('习')).toEqual(['zh']);
    expect(index.search('学编')).toEqual([]);
  });

  it('copes with punctuation and odd Unicode in queries', () => {
    // `C++` is the word `c`: the exact token `c` outranks the prefix of `Code`.
    expect(index.search('C++')).toEqual(['cpp', 'llm']);
    expect(index.search('c++ templates')).toEqual(['cpp']);
    expect(index.search('"quoted"')).toEqual(['cpp']);
    expect(index.search('fuzz 🚀')).toEqual(['fuzz']);
    expect(index.search('\uD800 fuzz \u0301')).toEqual(['fuzz']);
  });

  it('returns null when the query has no words, and [] when nothing matches', () => {
    expect(index.search('')).toBeNull();
    expect(index.search('   \t')).toBeNull();
    expect(index.search('++ 🚀')).toBeNull();
    expect(index.search('nothing')).toEqual([]);
  });

  it('indexes documents with emoji and empty fields without throwing', () => {
    const odd = createSearchIndex([doc('a', 0, { title: '🚀👩‍🔬', note: '' }), doc('b', 1, {})]);
    expect(odd.search('a')).toEqual([]);
    expect(odd.size()).toBe(2);
  });
});

describe('search index: ranking', () => {
  it('ranks a title match above a note match', () => {
    const index = createSearchIndex([
      doc('in-note', 0, { title: 'Other', note: 'about graphs' }),
      doc('in-title', 1, { title: 'Graphs' }),
    ]);
    expect(index.search('graph')).toEqual(['in-title', 'in-note']);
  });

  it('orders fields title > tags > venue > authors > description > note', () => {
    const index = createSearchIndex([
      doc('note', 0, { note: 'zeta' }),
      doc('description', 1, { description: 'zeta' }),
      doc('authors', 2, { authors: 'Zeta Jones' }),
      doc('venue', 3, { venue: 'zeta' }),
      doc('tags', 4, { tags: 'zeta' }),
      doc('title', 5, { title: 'zeta' }),
    ]);
    expect(index.search('zeta')).toEqual([
      'title',
      'tags',
      'venue',
      'authors',
      'description',
      'note',
    ]);
  });

  it('ranks an exact token above a mere prefix in the same field', () => {
    const index = createSearchIndex([
      doc('prefix', 0, { title: 'Fuzzing' }),
      doc('exact', 1, { title: 'Fuzz' }),
    ]);
    expect(index.search('fuzz')).toEqual(['exact', 'prefix']);
  });

  it('gives a bonus when the query is a phrase of the title', () => {
    const index = createSearchIndex([
      doc('apart', 0, { title: 'Network of neural cells' }),
      doc('phrase', 1, { title: 'Neural networks' }),
    ]);
    expect(index.search('neural netw')).toEqual(['phrase', 'apart']);
    expect(index.search('neural-netw')).toEqual(['phrase', 'apart']);
  });

  it('gives no phrase bonus for a substring inside a title word', () => {
    // `net rout` is a substring of `internet routing`, but `net` is not a word of that title.
    const index = createSearchIndex([
      doc('inside', 0, { title: 'Internet routing', note: 'network' }),
      doc('other', 1, { title: 'Routing', description: 'nets' }),
    ]);
    expect(index.search('net rout')).toEqual(['other', 'inside']);
  });

  it('breaks ties by order, not by insertion', () => {
    const index = createSearchIndex([
      doc('c', 2, { title: 'same' }),
      doc('a', 0, { title: 'same' }),
      doc('b', 1, { title: 'same' }),
    ]);
    expect(index.search('same')).toEqual(['a', 'b', 'c']);
    index.upsert(doc('a', 3, { title: 'same' }));
    expect(index.search('same')).toEqual(['b', 'c', 'a']);
  });
});

describe('search index: updates', () => {
  it('replaces the old text on upsert', () => {
    const index = createSearchIndex([doc('p', 0, { title: 'Old title', note: 'draft' })]);
    index.upsert(doc('p', 0, { title: 'New title', note: 'final' }));
    expect(index.search('old')).toEqual([]);
    expect(index.search('draft')).toEqual([]);
    expect(index.search('new final')).toEqual(['p']);
    expect(index.size()).toBe(1);
  });

  it('moves a token between fields on upsert', () => {
    const index = createSearchIndex([
      doc('moved', 0, { note: 'graph' }),
      doc('other', 1, { description: 'graph' }),
    ]);
    expect(index.search('graph')).toEqual(['other', 'moved']);
    index.upsert(doc('moved', 0, { title: 'graph' }));
    expect(index.search('graph')).toEqual(['moved', 'other']);
  });

  it('follows a note being typed one character at a time', () => {
    const index = createSearchIndex([doc('p', 0, { title: 'Paper' })]);
    let note = '';
    for (const char of 'reinforcement learning') {
      note += char;
      index.upsert(doc('p', 0, { title: 'Paper', note }));
    }
    expect(index.search('reinf learn')).toEqual(['p']);
    expect(index.search('reinforcementl')).toEqual([]);
  });

  it('replaces a document whose every field is emptied, or filled from nothing', () => {
    const full = {
      title: 'Graph neural networks',
      tags: 'gnn',
      venue: 'ICLR 2019',
      authors: 'Ada Quill',
      description: 'message passing',
      note: 'read twice',
      sections: 'Graphs',
    };
    const index = createSearchIndex([doc('emptied', 0, full), doc('filled', 1, {})]);
    index.upsert(doc('emptied', 0, {}));
    index.upsert(doc('filled', 1, full));
    expect(index.search('graph')).toEqual(['filled']);
    expect(index.search('quill')).toEqual(['filled']);
  });

  it('removes documents, and ignores unknown ids', () => {
    const index = createSearchIndex(corpus);
    index.remove('fuzz');
    index.remove('no-such-paper');
    expect(index.search('fuzz')).toEqual([]);
    expect(index.search('and')).toEqual(['cpp']);
    expect(index.size()).toBe(corpus.length - 1);
    index.upsert(corpus[0] ?? doc('x', 0, {}));
    expect(index.search('and')).toEqual(['fuzz', 'cpp']);
  });

  it('starts empty', () => {
    const index = createSearchIndex();
    expect(index.size()).toBe(0);
    expect(index.search('x')).toEqual([]);
  });

  it('stays correct when many tokens arrive between searches, or fall out of use', () => {
    // Thousands of documents and tokens: exercises the bulk paths (merging many new tokens into
    // the sorted list, dropping unused ones in one pass) that small examples never reach.
    const word = (i: number) => `w${i}q`;
    const many = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => word(from + i)).join(' ');
    const index = createSearchIndex(
      Array.from({ length: 3000 }, (_, i) => doc(`d${i}`, i, { title: word(i * 2) })),
    );
    expect(index.search(word(10))).toEqual(['d5']);
    // Odd-numbered words interleave with the even ones already sorted.
    index.upsert(doc('big', 3000, { note: many(1, 4000) }));
    expect(index.search(word(11))).toEqual(['big']);
    expect(index.search(word(12))).toEqual(['d6', 'big']);
    // Every word of the big note falls out of use except the ones other documents hold.
    index.upsert(doc('big', 3000, { note: 'small' }));
    expect(index.search(word(11))).toEqual([]);
    expect(index.search(word(12))).toEqual(['d6']);
    index.upsert(doc('big', 3000, { note: many(1, 3) }));
    expect(index.search(word(3))).toEqual(['big']);
    expect(index.search('small')).toEqual([]);
    expect(index.search(word(5998))).toEqual(['d2999']);
    // A dropped token can come back, and still earns its exact-match bonus.
    index.upsert(doc('prefix', 3001, { title: `${word(11)}z` }));
    index.upsert(doc('exact', 3002, { title: word(11) }));
    expect(index.search(word(11))).toEqual(['exact', 'prefix']);
  });
});

describe('search index: words dropped more than once', () => {
  it('forgets a word after its unused tokens were dropped twice', () => {
    // Each batch of words falls out of use in bulk, so the index drops their empty postings; the
    // first batch comes back in between. Edited away afterwards, it must not be found any more.
    const words = (prefix: string) =>
      Array.from({ length: 2000 }, (_, i) => `${prefix}${i}x`).join(' ');
    const index = createSearchIndex([doc('keep', 0, { title: 'Kept paper' })]);
    index.upsert(doc('notes', 1, { note: words('a') }));
    expect(index.search('a7x')).toEqual(['notes']);
    index.upsert(doc('notes', 1, { note: 'short' }));
    expect(index.search('a7x')).toEqual([]);
    index.upsert(doc('notes', 1, { note: words('a') }));
    index.upsert(doc('other', 2, { note: words('b') }));
    expect(index.search('a7x')).toEqual(['notes']);
    index.upsert(doc('other', 2, { note: 'short' }));
    expect(index.search('b7x')).toEqual([]);
    index.upsert(doc('notes', 1, { note: 'read' }));
    expect(index.search('a7x')).toEqual([]);
    expect(index.search('read')).toEqual(['notes']);
  });
});

describe('search index: many documents', () => {
  /** Bystanders in list order, so that a search with few hits sorts them rather than scanning. */
  const bystanders = (count: number) =>
    Array.from({ length: count }, (_, i) => doc(`b${i}`, 100 + i, { title: `bystander ${i}` }));

  it('orders a few hits among many documents by score, then by list order', () => {
    const index = createSearchIndex([
      ...bystanders(300),
      doc('late', 50, { title: 'Widget nets' }),
      doc('early', 10, { note: 'widget' }),
      doc('middle', 30, { title: 'Widget forests' }),
    ]);
    expect(index.search('widget')).toEqual(['middle', 'late', 'early']);
    expect(index.search('widget nets')).toEqual(['late']);
    // Moved in the list: the order follows.
    index.upsert(doc('late', 5, { title: 'Widget nets' }));
    expect(index.search('widget')).toEqual(['late', 'middle', 'early']);
    index.upsert(doc('other', 1, { description: 'widget' }));
    expect(index.search('widg')).toEqual(['late', 'middle', 'other', 'early']);
  });

  it('finds the documents past the first 1,024 (where its working memory grows)', () => {
    const many = Array.from({ length: 1_025 }, (_, i) => doc(`d${i}`, i, { title: `item ${i}` }));
    const index = createSearchIndex(many);
    expect(index.search('1024')).toEqual(['d1024']);
    expect(index.search('item')).toHaveLength(1_025);
    index.upsert(doc('d2000', 2_000, { title: 'item extra' }));
    expect(index.search('extra')).toEqual(['d2000']);
  });

  it('breaks ties in the same place of the list by id', () => {
    const index = createSearchIndex([
      ...bystanders(200),
      doc('c', 1, { title: 'tied' }),
      doc('a', 1, { title: 'tied' }),
      doc('b', 1, { title: 'tied' }),
    ]);
    expect(index.search('tied')).toEqual(['a', 'b', 'c']);
    const few = createSearchIndex([doc('y', 0, { title: 'tied' }), doc('x', 0, { title: 'tied' })]);
    expect(few.search('tied')).toEqual(['x', 'y']);
  });
});

describe('search index: the phrase bonus', () => {
  it('survives the space typed before or after the words', () => {
    const index = createSearchIndex([
      doc('apart', 0, { title: 'Network of neural cells' }),
      doc('phrase', 1, { title: 'Neural networks' }),
      doc('apart-fr', 2, { title: 'La métrique de qualité' }),
      doc('phrase-fr', 3, { title: 'Qualité de la métrique' }),
    ]);
    expect(index.search('neural netw ')).toEqual(['phrase', 'apart']);
    expect(index.search(' neural netw')).toEqual(['phrase', 'apart']);
    expect(index.search('de la métrique ')).toEqual(['phrase-fr', 'apart-fr']);
  });

  it('is for the phrase as typed, even when it repeats a word', () => {
    // One word to match (`bye`), but the phrase is `bye bye`: only one title holds it.
    const index = createSearchIndex([
      doc('once', 0, { title: 'Bye bugs' }),
      doc('twice', 1, { title: 'Bye-bye bugs' }),
    ]);
    expect(index.search('bye-bye')).toEqual(['twice', 'once']);
  });

  it('reads a colon and a space in the title as one separator', () => {
    const index = createSearchIndex([
      doc('apart', 0, { title: 'The art of fuzzing' }),
      doc('phrase', 1, { title: 'Fuzzing: Art, Science, and Engineering' }),
    ]);
    expect(index.search('fuzzing art')).toEqual(['phrase', 'apart']);
    expect(index.search('fuzzing: art')).toEqual(['phrase', 'apart']);
  });

  it('reads the full-width space of Japanese input as a space', () => {
    // Both titles hold both words; only one holds them in the order typed, `学習` then `強化`.
    const index = createSearchIndex([
      doc('apart', 0, { title: '強化、学習' }),
      doc('phrase', 1, { title: '学習、強化' }),
    ]);
    expect(index.search('学習\u3000強化')).toEqual(['phrase', 'apart']);
  });

  it('is for a query all in the title, not for words found in two other fields', () => {
    // `net` starts a description word and a tag of `both`: no title word, so no title bonus.
    const index = createSearchIndex([
      doc('tag', 0, { tags: 'netz' }),
      doc('both', 1, { description: 'netx', tags: 'nety' }),
    ]);
    expect(index.search('net')).toEqual(['tag', 'both']);
  });

  it('counts a title word found after the same query word matched elsewhere', () => {
    const index = createSearchIndex([
      doc('apart', 0, { title: 'Networks of neural cells', description: 'netwide' }),
      doc('phrase', 1, { title: 'Neural networks', description: 'netwide' }),
    ]);
    expect(index.search('neural netw')).toEqual(['phrase', 'apart']);
  });

  it('compares phrases without accents, case or punctuation', () => {
    const index = createSearchIndex([
      doc('apart', 0, { title: 'Qualité de la métrique' }),
      doc('phrase', 1, { title: 'La Métrique—de Qualité' }),
    ]);
    expect(index.search('metrique de q')).toEqual(['phrase', 'apart']);
    expect(index.search('MÉTRIQUE   DE')).toEqual(['phrase', 'apart']);
  });
});
