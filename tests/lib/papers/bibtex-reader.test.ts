// @vitest-environment node
import { readBibtex } from '../../../src/lib/papers/bibtex-reader';
import { bibtexNames } from '../../../src/lib/papers/bibtex-names';

const fieldsOf = (bib: string) =>
  readBibtex(bib).entries.map((entry) => Object.fromEntries(entry.fields));

describe('reading BibTeX', () => {
  it('reads braced, quoted, numeric and macro values, and # concatenation', () => {
    const bib = `@string{jacm = "Journal of the {ACM}"}
@Article{key1,
  Title = {The {Title} with "quotes"},
  journal = jacm # { 12},
  year = 2020,
  note = "a {"}quoted{"} note",
  month = oct,
}`;
    expect(fieldsOf(bib)).toEqual([
      {
        title: 'The {Title} with "quotes"',
        journal: 'Journal of the {ACM} 12',
        year: '2020',
        note: 'a {"}quoted{"} note',
        month: 'oct',
      },
    ]);
    expect(readBibtex(bib).entries[0]).toMatchObject({ type: 'article', key: 'key1', line: 2 });
  });

  it('skips @comment, @preamble and text between entries, even with an @ in it', () => {
    const bib = `Exported by someone@example.org
@comment{jabref-meta: {nested} braces}
@preamble{"\\newcommand{\\x}{}"}
@misc{a, title = {A}}
stray text
@misc(b, title = {B})`;
    const { entries, problems } = readBibtex(bib);
    expect(entries.map((entry) => entry.key)).toEqual(['a', 'b']);
    expect(problems).toEqual([]);
  });

  it('reports an entry it cannot read and goes on with the next', () => {
    const bib = `@article{good1, title = {One}}
@article{bad, title {No equals}, year = {2020}}
@article{good2, title = {Two},}
@article{unclosed, title = {Never closed
@article{good3, title = {Three}}`;
    const { entries, problems } = readBibtex(bib);
    expect(entries.map((entry) => entry.key)).toEqual(['good1', 'good2', 'good3']);
    expect(problems).toEqual([
      { key: 'bad', line: 2, reason: '“=” after the field “title” expected but found “{”' },
      { key: 'unclosed', line: 4, reason: 'a “{” is never closed' },
    ]);
  });

  it('never hangs on a file ending in a comment or mid-entry', () => {
    expect(readBibtex('@article{a, title = {A}}\n% trailing comment').entries).toHaveLength(1);
    expect(readBibtex('@article{a, title = ').problems).toHaveLength(1);
    expect(readBibtex('@').entries).toEqual([]);
  });

  it('keeps the first of a repeated field, as BibTeX does', () => {
    expect(fieldsOf('@misc{a, title = {First}, TITLE = {Second}}')).toEqual([{ title: 'First' }]);
  });
});

describe('what the BibTeX reader reports', () => {
  const reasons = (bib: string) => readBibtex(bib).problems.map(({ reason }) => reason);

  it.each([
    ['@article{, title = {No key}}', 'the entry’s key expected at “, title = {N”'],
    ['@article{a, = {No name}}', 'a field name expected at “= {No name}}”'],
    ['@article{a, title = }', 'a value expected at “}”'],
    ['@article{a, title = {A}', '“,” or “}” after a field expected before the end of the file'],
    ['@article{a, title = "Never closed}', 'a quoted value is never closed'],
    ['@article{a title = {A}}', '“,” after the key a expected but found “t”'],
    ['@string{ = {ACM}}', 'a macro name expected at “= {ACM}}”'],
    ['@string{acm {ACM}}', '“=” after @string acm expected but found “{”'],
    ['@string{acm = {ACM}, ieee = {IEEE}}', '“}” closing @string acm expected but found “,”'],
  ])('%s: %s', (bib, reason) => {
    expect(reasons(bib)).toEqual([reason]);
  });
});

describe('reading BibTeX as files hold it', () => {
  it('reads an entry with a key and no fields', () => {
    expect(readBibtex('@misc{lonely}')).toEqual({
      entries: [{ type: 'misc', key: 'lonely', line: 1, fields: new Map() }],
      problems: [],
    });
  });

  it.each([
    '@comment(@misc{old, title = {Old}})\n@misc{new, title = {New}}',
    '@comment{@misc{old, title = {Old}}}\n@misc{new, title = {New}}',
  ])('skips an entry commented out: %s', (bib) => {
    const { entries, problems } = readBibtex(bib);
    expect(entries.map((entry) => entry.key)).toEqual(['new']);
    expect(problems).toEqual([]);
  });

  it('reads an entry typed with a doubled @', () => {
    expect(readBibtex('@@misc{a, title = {A}}').entries.map((entry) => entry.key)).toEqual(['a']);
  });

  it('goes on at an indented entry after one it cannot read', () => {
    const bib = '@misc{x\n      @misc{a, title = {A}}';
    expect(readBibtex(bib)).toMatchObject({
      entries: [{ key: 'a' }],
      problems: [{ key: 'x', line: 1 }],
    });
  });

  it('reads a month written in capitals as its macro', () => {
    expect(fieldsOf('@misc{a, month = OCT}')).toEqual([{ month: 'oct' }]);
  });

  it('reads a bare number as itself and a name ending in digits as its macro', () => {
    const bib = `@string{acl2020 = {ACL 2020}}
@string{2020 = {not a year}}
@string{1st = {First}}
@inproceedings{a, booktitle = acl2020, year = 2020, edition = 1st}`;
    expect(fieldsOf(bib)).toEqual([{ booktitle: 'ACL 2020', year: '2020', edition: 'First' }]);
  });
});

describe('BibTeX names', () => {
  it.each([
    ['Pei, Kexin and Cao, Yinzhi', ['Kexin Pei', 'Yinzhi Cao']],
    ['Kexin Pei and Yinzhi Cao', ['Kexin Pei', 'Yinzhi Cao']],
    ['M{\\"u}ller, J{\\"o}rg AND Garc{\\\'\\i}a, Jos{\\\'e}', ['Jörg Müller', 'José García']],
    ['van der Berg, Jan and Smith, Jr., John', ['Jan van der Berg', 'John Smith Jr.']],
    ['{Google and DeepMind} and Lee, Min', ['Google and DeepMind', 'Min Lee']],
    ['Vaswani, Ashish and others', ['Ashish Vaswani', 'et al.']],
    ['Sandersonand, A. and Band, B.', ['A. Sandersonand', 'B. Band']],
    ['', []],
  ])('%s', (field, names) => {
    expect(bibtexNames(field)).toEqual(names);
  });
});
