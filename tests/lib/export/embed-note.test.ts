// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { continuesList } from '../../../src/lib/export/embed-note';

// The note follows the paper's metadata list after one blank line, so a first line that opens
// a list item or is indented would be read as part of that list.
describe('continuesList', () => {
  it.each([
    ['- read section 3 again', 'a dash item'],
    ['* skim', 'a star item'],
    ['+ cite', 'a plus item'],
    ['-', 'an empty dash item'],
    ['1. First point', 'a numbered item'],
    ['12. Twelfth point', 'a two-digit numbered item'],
    ['3) third', 'a numbered item with a parenthesis'],
    ['1.', 'an empty numbered item'],
    ['    code-like indent', 'an indented line'],
    ['\tTabbed', 'a tab-indented line'],
    ['\n- after one blank line', 'an item after a blank line'],
    ['\n\n- after two blank lines', 'an item after two blank lines'],
    ['  \n\t\r\n- after blank lines of spaces', 'an item after blank lines of spaces'],
  ])('is true for %j (%s)', (note) => {
    expect(continuesList(note)).toBe(true);
  });

  it.each([
    ['Plain text - with a dash later', 'text with a dash inside'],
    ['-dash glued to a word', 'a dash glued to a word'],
    ['a. lettered, not a list item', 'a lettered line'],
    ['2026.11 was when I read it', 'a number with a dot but no space'],
    ['  \nPlain text after a blank line of spaces', 'text after a blank line of spaces'],
    ['# Heading\n- item', 'a heading before a list'],
    ['', 'an empty note'],
  ])('is false for %j (%s)', (note) => {
    expect(continuesList(note)).toBe(false);
  });
});
