import { describe, expect, it } from 'vitest';
import type { CataloguePaper } from '../../../src/lib/catalogue/schema';
import { buildPaperSearch, syncInBatches } from '../../../src/lib/search/paper-search';

const paper = (id: string, title: string, description?: string): CataloguePaper => ({
  id,
  title,
  url: `https://example.org/${id}`,
  ...(description ? { description } : {}),
  venue: 'ICSE',
  year: 2020,
  sectionIds: [],
  tags: [],
  links: [],
});

const state = (id: string, title: string, note: string, tags: string[] = []) => ({
  id,
  title,
  url: `https://example.org/${id}`,
  note,
  tags,
});

const papers = [
  paper('a', 'Fuzzing deep learning libraries'),
  paper('b', 'Debugging pipelines', 'decision trees'),
];

// Built with no pause between batches: the same index, without waiting for the page.
const searchOf = (list: CataloguePaper[], sections: Parameters<typeof buildPaperSearch>[1] = []) =>
  buildPaperSearch(list, sections, async () => {});

describe('a paper search', () => {
  it('finds papers by title, description and venue', async () => {
    const search = await searchOf(papers);
    expect(search.search('fuzz')).toEqual(['a']);
    expect(search.search('decision')).toEqual(['b']);
    expect(search.search('icse 2020')).toHaveLength(2);
    expect(search.search('  ')).toBeNull();
  });

  it('follows note and tag changes after a sync', async () => {
    const search = await searchOf(papers);
    search.sync(
      new Map([['b', state('b', 'Debugging pipelines', 'reminds me of zebras', ['survey'])]]),
    );
    expect(search.search('zebra')).toEqual(['b']);
    expect(search.search('survey')).toEqual(['b']);
    search.sync(new Map([['b', state('b', 'Debugging pipelines', 'now about giraffes')]]));
    expect(search.search('zebra')).toEqual([]);
    expect(search.search('giraffe')).toEqual(['b']);
  });

  it('follows a change to the note alone, or to the tags alone', async () => {
    const search = await searchOf(papers);
    const tags = ['survey'];
    search.sync(new Map([['b', state('b', 'Debugging pipelines', 'zebras', tags)]]));
    // The same tags (the same array, as a record with an unchanged tag list keeps it).
    search.sync(new Map([['b', state('b', 'Debugging pipelines', 'giraffes', tags)]]));
    expect(search.search('giraffe')).toEqual(['b']);
    expect(search.search('zebra')).toEqual([]);
    search.sync(new Map([['b', state('b', 'Debugging pipelines', 'giraffes', ['review'])]]));
    expect(search.search('review')).toEqual(['b']);
    expect(search.search('survey')).toEqual([]);
  });

  it('ranks papers gone from the list after the listed ones, in the order they came', async () => {
    // Ids that sort the other way round, so only the order given to each paper decides.
    const search = await searchOf([paper('m', 'Fuzzing compilers')]);
    search.sync(new Map([['z', state('z', 'Fuzzing kernels', 'kept')]]));
    search.sync(new Map([['a', state('a', 'Fuzzing browsers', 'kept')]]));
    expect(search.search('fuzzing')).toEqual(['m', 'z', 'a']);
  });

  it('finds papers gone from the list by the title kept with their state', async () => {
    const search = await searchOf(papers);
    search.sync(new Map([['zzz', state('zzz', 'Vanished systems paper', 'kept note')]]));
    expect(search.search('vanished')).toEqual(['zzz']);
    expect(search.search('kept')).toEqual(['zzz']);
  });
});

// A long list is indexed over several batches: a query must need every word either way.
describe.each([
  ['one batch', () => searchOf(papers)],
  ['batches of one paper', () => buildPaperSearch(papers, [], async () => {}, 1)],
])('a query through an index built in %s', (_name, make) => {
  it('finds nothing when one of its words matches nothing', async () => {
    const search = await make();
    search.sync(new Map([['b', state('b', 'Debugging pipelines', 'reminds me of zebras')]]));
    expect(search.search('fuzzing libraries')).toEqual(['a']);
    expect(search.search('zebras debugging')).toEqual(['b']);
    for (const query of ['fuzzing qwerty', 'qwerty fuzzing', 'zebras qwerty debugging']) {
      expect(search.search(query), query).toEqual([]);
    }
  });

  it('finds nothing when its words match different papers', async () => {
    const search = await make();
    search.sync(new Map([['b', state('b', 'Debugging pipelines', 'reminds me of zebras')]]));
    expect(search.search('fuzzing zebras')).toEqual([]);
    expect(search.search('libraries pipelines')).toEqual([]);
  });
});

describe('searching by author', () => {
  const byAuthors = [
    { ...paper('zhang', 'Machine Learning Testing'), authors: ['Jie M. Zhang', 'Mark Harman'] },
    { ...paper('pei', 'DeepXplore'), authors: ['Kexin Pei', 'Yinzhi Cao', 'et al.'] },
    paper('none', 'A paper whose list names nobody', 'Zhang reviewed it'),
  ];

  it('finds a paper by any author surname or first name, author above a mention', async () => {
    const search = await searchOf(byAuthors);
    expect(search.search('harman')).toEqual(['zhang']);
    expect(search.search('Cao')).toEqual(['pei']);
    expect(search.search('kexin pei')).toEqual(['pei']);
    expect(search.search('zhang')).toEqual(['zhang', 'none']);
  });

  it('does not index "et al." as words', async () => {
    const search = await searchOf(byAuthors);
    expect(search.search('et al')).toEqual([]);
  });

  it('finds the same when the index is built in batches', async () => {
    const search = await buildPaperSearch(byAuthors, [], async () => {}, 2);
    expect(search.search('harm')).toEqual(['zhang']);
  });
});

describe('buildPaperSearch', () => {
  it('builds in batches, pausing between them, and finds the same papers', async () => {
    let pauses = 0;
    const many = Array.from({ length: 25 }, (_, i) => paper(`p${i}`, `Paper number ${i}`));
    const search = await buildPaperSearch(
      many,
      [],
      async () => {
        pauses += 1;
      },
      10,
    );
    expect(pauses).toBe(3);
    expect(search.search('number 7')).toEqual(['p7']);
    expect(search.search('paper')).toHaveLength(25);
  });

  it('pauses once per batch, and not at all for an empty list', async () => {
    const count = async (length: number) => {
      let pauses = 0;
      const list = Array.from({ length }, (_, i) => paper(`p${i}`, `Paper number ${i}`));
      await buildPaperSearch(
        list,
        [],
        async () => {
          pauses += 1;
        },
        10,
      );
      return pauses;
    };
    expect(await count(20)).toBe(2);
    expect(await count(0)).toBe(0);
  });

  it('lets the page run between batches when given no pause of its own', async () => {
    const events: string[] = [];
    setTimeout(() => events.push('page task'), 0);
    const search = await buildPaperSearch(papers);
    events.push('built');
    expect(events).toEqual(['page task', 'built']);
    expect(search.search('fuzz')).toEqual(['a']);
  });

  it('keeps each paper in its place in the list after a note is synced', async () => {
    // Equal scores, so the list order alone decides, for the paper synced and for the rest.
    const many = Array.from({ length: 5 }, (_, i) => paper(`p${i}`, `Paper number ${i}`));
    const search = await buildPaperSearch(many, [], async () => {}, 2);
    search.sync(new Map([['p3', state('p3', 'Paper number 3', 'read twice')]]));
    expect(search.search('paper')).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
  });
});

describe('section names', () => {
  const sections = [
    { id: 'testing', title: 'Model Behavior Testing', parentId: null },
    { id: 'fuzz', title: 'Fuzzers', parentId: 'testing' },
    { id: 'bugs', title: 'Empirical Studies on Bugs & Challenges', parentId: null },
  ];
  const listed = [
    { ...paper('a', 'DeepXplore'), sectionIds: ['testing'] },
    { ...paper('b', 'AFL for networks'), sectionIds: ['fuzz'] },
    { ...paper('c', 'TensorFlow program bugs'), sectionIds: ['bugs'] },
    { ...paper('d', 'Behavior of testing tools'), sectionIds: [] },
  ];

  it.each([
    ['in one batch', () => searchOf(listed, sections)],
    ['in batches of two', () => buildPaperSearch(listed, sections, async () => {}, 2)],
  ])(
    'an index built %s finds papers by the names of their sections, own words first',
    async (_, make) => {
      const search = await make();
      expect(search.search('fuzzers')).toEqual(['b']);
      // The parent section's name finds papers of its subsections too.
      expect(search.search('model behavior')).toEqual(['a', 'b']);
      // A paper that says the words itself comes before those only filed under them.
      expect(search.search('behavior testing')).toEqual(['d', 'a', 'b']);
      expect(search.search('challenges')).toEqual(['c']);
    },
  );

  it('keeps section names when a note changes', async () => {
    const search = await searchOf(listed, sections);
    search.sync(new Map([['c', state('c', 'TensorFlow program bugs', 'a note')]]));
    expect(search.search('challenges note')).toEqual(['c']);
  });
});

describe('syncing states', () => {
  const many = Array.from({ length: 6 }, (_, i) => paper(`p${i}`, `Paper number ${i}`));
  const noted = (i: number, note: string) => state(`p${i}`, `Paper number ${i}`, note);

  it('indexes the notes of many states in batches of so many characters, pausing between', async () => {
    const search = await searchOf(many);
    // Notes of 60 characters: with 40 more for each state, two states fill a batch of 200.
    const states = new Map(
      many.map((_, i) => [`p${i}`, noted(i, `note word${i} `.padEnd(60, '.'))]),
    );
    let pauses = 0;
    const counting = async () => {
      pauses += 1;
    };
    await syncInBatches(search, states, counting, 200);
    expect(pauses).toBe(3);
    expect(search.search('word5')).toEqual(['p5']);
    expect(search.search('note')).toHaveLength(6);
  });

  it('looks only at the ids said to have changed, and counts the papers it re-indexed', async () => {
    const search = await searchOf(many);
    const first = new Map([
      ['p1', noted(1, 'zebras')],
      ['p2', noted(2, 'giraffes')],
    ]);
    const start = search.revision();
    search.sync(first);
    expect(search.revision()).toBe(start + 2);
    const second = new Map([
      ['p1', noted(1, 'okapis')],
      ['p2', noted(2, 'lions')],
    ]);
    search.sync(second, ['p1']);
    expect(search.revision()).toBe(start + 3);
    expect(search.search('okapis')).toEqual(['p1']);
    // p2 was not said to have changed, so its new note is not looked at.
    expect(search.search('giraffes')).toEqual(['p2']);
    // Not told what changed, it looks at every state.
    search.sync(second);
    expect(search.revision()).toBe(start + 4);
    expect(search.search('lions')).toEqual(['p2']);
    // A new state with the same note and tags (a status change) re-indexes nothing.
    const third = new Map([['p2', { ...noted(2, 'lions'), tags: second.get('p2')?.tags ?? [] }]]);
    search.sync(third, ['p2', 'p5']);
    expect(search.revision()).toBe(start + 4);
  });
});
