// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ET_AL, readAuthors } from '../../../src/lib/catalogue/author-names';

describe('readAuthors', () => {
  it.each([
    ['A. Author, B. Author', ['A. Author', 'B. Author']],
    ['Ada Quill and Bo Reed', ['Ada Quill', 'Bo Reed']],
    ['Ada Quill, Bo Reed, and Cy Stone', ['Ada Quill', 'Bo Reed', 'Cy Stone']],
    ['Ada Quill; Bo Reed & Cy Stone', ['Ada Quill', 'Bo Reed', 'Cy Stone']],
    ['*Ada Quill, Bo Reed*.', ['Ada Quill', 'Bo Reed']],
    ['A. B. Charlie and D.-E. Fox', ['A. B. Charlie', 'D.-E. Fox']],
    ['Ludwig van Beethoven, Jean-Luc Picard', ['Ludwig van Beethoven', 'Jean-Luc Picard']],
    ['Ada Quill,Bo Reed', ['Ada Quill', 'Bo Reed']],
    ['Ada  Quill, Bo\n    Reed', ['Ada Quill', 'Bo Reed']],
    ['**Ada Quill, Bo Reed**', ['Ada Quill', 'Bo Reed']],
    ['Ana Maria de la Cruz, Bo Reed', ['Ana Maria de la Cruz', 'Bo Reed']],
    ['J.R.R. Tolkien, C S Lewis and JB Priestley', ['J.R.R. Tolkien', 'C S Lewis', 'JB Priestley']],
    // Without `et al.`, two parts are read as written: only later full names mark an inverted first.
    ['Quill, Bo Reed', ['Quill', 'Bo Reed']],
  ])('reads %j', (text, authors) => {
    expect(readAuthors(text)).toEqual(authors);
  });

  it.each([
    'Zoë Müller',
    "Seán O'Neil",
    'Bo McDonald',
    'Ana Lopez-Garcia',
    'Jose\u0301 Nu\u0301n\u0303ez',
    'Ada Quill Jr.',
    'Bo McAllister-Jones',
  ])('reads %j as one name', (name) => {
    expect(readAuthors(`${name}, Bo Reed`)).toEqual([name, 'Bo Reed']);
  });

  it('ends an abbreviated list with exactly "et al."', () => {
    expect(ET_AL).toBe('et al.');
    expect(readAuthors('Quill et al.')).toEqual(['Quill', ET_AL]);
    expect(readAuthors('Quill et al')).toEqual(['Quill', ET_AL]);
    expect(readAuthors('Ada Quill, Bo Reed, et. al.')).toEqual(['Ada Quill', 'Bo Reed', ET_AL]);
    expect(readAuthors('Ada Quill and others')).toEqual(['Ada Quill', ET_AL]);
    expect(readAuthors('Ada Quill , et al.')).toEqual(['Ada Quill', ET_AL]);
    expect(readAuthors('et al.')).toBeUndefined();
    expect(readAuthors('Quill et.al.')).toEqual(['Quill', ET_AL]);
    expect(readAuthors('张伟, 李娜, 欧阳修, et al.')).toEqual(['张伟', '李娜', '欧阳修', ET_AL]);
    // A Han name is written whole: two of them and et al. are two authors, not one inverted.
    expect(readAuthors('张伟, 李娜, et al.')).toEqual(['张伟', '李娜', ET_AL]);
    expect(readAuthors('张伟, 李娜, Ada Quill')).toEqual(['张伟', '李娜', 'Ada Quill']);
  });

  it('turns a first author written surname first into given name first', () => {
    expect(readAuthors('Marsh, Delia, E. Finch, and F. Gale')).toEqual([
      'Delia Marsh',
      'E. Finch',
      'F. Gale',
    ]);
    expect(readAuthors('Marsh, Delia, et al.')).toEqual(['Delia Marsh', ET_AL]);
    // Two single words with nothing after them are no inverted name.
    expect(readAuthors('Marsh, Delia')).toBeUndefined();
  });

  it.each([
    'Ursula von der Leyen',
    'Vincent van Gogh',
    'Leonardo da Vinci',
    'Andrea del Sarto',
    'Jean de la Fontaine',
    'Daphne du Maurier',
    'Joop den Uyl',
    'Jean le Rond',
    'Ennio di Nola',
  ])('reads the particle in %j as part of the name', (name) => {
    expect(readAuthors(`${name}, Bo Reed`)).toEqual([name, 'Bo Reed']);
  });

  it.each([
    'Ada',
    'Quill, Reed, Stone',
    'de Quill, Bo Reed',
    'Ada Quill, Nature. Comm',
    'Ada Quill, GPT4 Team',
    'Ada Quill, eBay Team',
    'Quill, Reed',
    'Google Research',
    'Deep Learning for Graphs',
    'Ada Quill, ICML 2020',
    'One Two Three Four Five Six',
    '',
  ])('reads no authors in %j', (text) => {
    expect(readAuthors(text)).toBeUndefined();
  });
});
