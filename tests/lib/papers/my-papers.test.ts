// @vitest-environment node
import { importedListSchema } from '../../../src/lib/backup/backup-format';
import {
  addPapers,
  addSection,
  editPaper,
  mergeMyPapers,
  movePaper,
  MY_PAPERS_ID,
  newMyPapers,
} from '../../../src/lib/papers/my-papers';
import { paperOf } from '../../../src/lib/papers/paper-details';

const paper = (n: number) =>
  paperOf(`url:example.org/${n}`, `https://example.org/${n}`, { title: `Paper ${n}`, authors: [] });
const ids = (list: ReturnType<typeof newMyPapers>) => list.catalogue.papers.map((p) => p.id);

describe('the My papers list', () => {
  it('is a stored list of its own kind that a backup accepts', () => {
    const list = addPapers(newMyPapers(1), [paper(1)]);
    expect(list).toMatchObject({ id: MY_PAPERS_ID, title: 'My papers', source: 'mine' });
    expect(importedListSchema.safeParse(list).success).toBe(true);
  });

  it('puts new papers first and never adds one twice', () => {
    const one = addPapers(newMyPapers(1), [paper(1)]);
    const three = addPapers(one, [paper(2), paper(3), paper(2), paper(1)]);
    expect(ids(three)).toEqual(['url:example.org/2', 'url:example.org/3', 'url:example.org/1']);
    expect(addPapers(three, [paper(1)])).toBe(three);
  });

  it('edits details and keeps the id, the address and the section', () => {
    let list = addPapers(newMyPapers(1), [{ ...paper(1), authors: ['A'], venue: 'V', year: 2001 }]);
    list = movePaper(addSection(list, 'Later').list, 'url:example.org/1', 'later');
    list = editPaper(list, 'url:example.org/1', { title: 'New title', authors: [], year: 2020 });
    expect(list.catalogue.papers[0]).toEqual({
      id: 'url:example.org/1',
      title: 'New title',
      url: 'https://example.org/1',
      year: 2020,
      sectionIds: ['later'],
      tags: [],
      links: [],
    });
  });

  it('makes sections with unique ids, finds one by its title, and orders papers by section', () => {
    let list = addPapers(newMyPapers(1), [paper(1), paper(2), paper(3)]);
    const first = addSection(list, '  To  cite ');
    expect(first.sectionId).toBe('to-cite');
    expect(addSection(first.list, 'to cite').sectionId).toBe('to-cite');
    const second = addSection(first.list, 'To-cite');
    expect(second.sectionId).toBe('to-cite-1');
    list = movePaper(second.list, 'url:example.org/1', 'to-cite-1');
    list = movePaper(list, 'url:example.org/2', 'to-cite');
    // No section first, then the sections in their order.
    expect(ids(list)).toEqual(['url:example.org/3', 'url:example.org/2', 'url:example.org/1']);
    // Out of its section, a paper keeps its place among the papers with none.
    list = movePaper(list, 'url:example.org/2', null);
    expect(ids(list)).toEqual(['url:example.org/3', 'url:example.org/2', 'url:example.org/1']);
    expect(list.catalogue.sections.map((s) => s.title)).toEqual(['To cite', 'To-cite']);
  });

  it('merges two copies: every paper and section of both, this side’s details first', () => {
    const here = movePaper(
      addSection(addPapers(newMyPapers(1), [paper(1), paper(2)]), 'Here').list,
      'url:example.org/1',
      'here',
    );
    const there = movePaper(
      addSection(addPapers(newMyPapers(2), [paper(3), { ...paper(2), title: 'X' }]), 'There').list,
      'url:example.org/2',
      'there',
    );
    const merged = mergeMyPapers(here, there);
    expect(merged.catalogue.sections.map((s) => s.id)).toEqual(['here', 'there']);
    expect(merged.catalogue.papers.map((p) => [p.id, p.title, p.sectionIds])).toEqual([
      ['url:example.org/3', 'Paper 3', []],
      ['url:example.org/1', 'Paper 1', ['here']],
      ['url:example.org/2', 'Paper 2', ['there']],
    ]);
    expect(mergeMyPapers(merged, merged)).toEqual(merged);
  });

  it('keeps a paper’s description through an edit', () => {
    const described = { ...paper(1), description: 'Found through the OSDI keynote.' };
    const list = editPaper(addPapers(newMyPapers(1), [described]), 'url:example.org/1', {
      title: 'Paper 1, revised',
      authors: [],
    });
    expect(list.catalogue.papers[0]?.description).toBe('Found through the OSDI keynote.');
  });

  it('names a section of symbols only "section", and counts up past taken ids', () => {
    const symbols = addSection(newMyPapers(1), '★★★');
    expect(symbols.sectionId).toBe('section');
    const one = addSection(newMyPapers(1), 'To cite');
    const two = addSection(one.list, 'To-cite');
    expect(addSection(two.list, 'To: cite').sectionId).toBe('to-cite-2');
  });

  it('keeps each paper’s place within its section in a long list', () => {
    const many = Array.from({ length: 150 }, (_, n) => paper(n));
    let list = addSection(addPapers(newMyPapers(1), many), 'Read').list;
    for (let n = 147; n >= 0; n -= 3) list = movePaper(list, `url:example.org/${n}`, 'read');
    const unsectioned = many.filter((_, n) => n % 3 !== 0).map((p) => p.id);
    const read = many.filter((_, n) => n % 3 === 0).map((p) => p.id);
    expect(ids(list)).toEqual([...unsectioned, ...read]);
  });

  it('merges a paper sectioned on both sides into this side’s section', () => {
    const here = movePaper(
      addSection(addPapers(newMyPapers(1), [paper(1)]), 'Here').list,
      'url:example.org/1',
      'here',
    );
    const there = movePaper(
      addSection(addPapers(newMyPapers(2), [paper(1)]), 'There').list,
      'url:example.org/1',
      'there',
    );
    expect(mergeMyPapers(here, there).catalogue.papers[0]?.sectionIds).toEqual(['here']);
  });
});
