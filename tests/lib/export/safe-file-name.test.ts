// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutGraphemes, safeFileName } from '../../../src/lib/export/paper-file-name';

// No character Windows refuses or an Obsidian link cannot hold; no leading dot, dash or space,
// no trailing dot or space.
const safeName = /^(?![.\- ])[^\\/:*?"<>|#^[\]\p{Cc}]+(?<![. ])\.md$/u;
const reserved = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i;

const name = (title: string) => safeFileName(title, new Set());

describe('safeFileName', () => {
  it('keeps the title as written, readable as an Obsidian note title', () => {
    expect(name('MLSys: The New Frontier')).toBe('MLSys - The New Frontier.md');
    expect(name('Bugs & Challenges (2020), v2.0')).toBe('Bugs & Challenges (2020), v2.0.md');
    expect(name('机器学习 测试')).toBe('机器学习 测试.md');
    expect(name('मशीन लर्निंग')).toBe('मशीन लर्निंग.md');
    expect(name('Cafe\u0301')).toBe('Café.md');
  });

  it('drops what a file system or an Obsidian link cannot hold', () => {
    expect(name('../../etc/passwd')).toBe('etc passwd.md');
    expect(name('a/b\\c:d*e?f"g<h>i|j#k^l[m]n')).toBe('a b c - d e f g h i j k l m n.md');
    expect(name('. .hidden. ')).toBe('hidden.md');
    expect(name('-rf now')).toBe('rf now.md');
    expect(name('..')).toBe('Untitled.md');
    expect(name('tab\there\u0000nul\u001f\u202eevil')).toBe('tab here nul evil.md');
    expect(name('Family 👨‍👩‍👧‍👦')).toBe('Family 👨‍👩‍👧‍👦.md');
  });

  it('never gives a Windows reserved name', () => {
    for (const title of ['CON', 'con', 'Nul', 'aux.txt', 'COM1', 'lpt9', 'COM¹', 'prn.md']) {
      const result = name(title);
      expect(result).not.toMatch(reserved);
      expect(result.replace(/\.md$/, '')).not.toMatch(reserved);
    }
    expect(name('CON')).toBe('CON paper.md');
    expect(name('aux.txt')).toBe('aux paper.txt.md');
    expect(name('Console')).toBe('Console.md');
  });

  it('falls back to Untitled when nothing is left', () => {
    expect(name('')).toBe('Untitled.md');
    expect(name('"?*')).toBe('Untitled.md');
  });

  it('cuts a long title after a whole word, at most 80 characters before .md', () => {
    const title =
      'Adversarial Examples Are Not Bugs, They Are Features: A Discussion of Robustness in Deep Networks';
    expect(name(title)).toBe(
      'Adversarial Examples Are Not Bugs, They Are Features - A Discussion of.md',
    );
    expect(name('word '.repeat(60)).length).toBeLessThanOrEqual(83);
    expect(name('word '.repeat(60))).toMatch(/ word\.md$/);
    const astral = name('𝐀'.repeat(300));
    expect(astral).toBe(`${'𝐀'.repeat(40)}.md`);
    const odd = name(`x${'𝐀'.repeat(300)}`);
    expect(odd).toBe(`x${'𝐀'.repeat(39)}.md`);
  });

  it('numbers repeats case-insensitively and records them', () => {
    const taken = new Set<string>(['Paper.md']);
    expect(safeFileName('paper', taken)).toBe('paper 2.md');
    expect(safeFileName('PAPER', taken)).toBe('PAPER 3.md');
    const long = 'word '.repeat(30);
    const first = safeFileName(long, taken);
    const second = safeFileName(long, taken);
    expect(first).toBe(`${'word '.repeat(16).trim()}.md`);
    expect(second).toBe(`${'word '.repeat(15).trim()} 2.md`);
    expect([...taken]).toEqual(['Paper.md', 'paper 2.md', 'PAPER 3.md', first, second]);
  });

  it('is always safe, short, unreserved and unique (property)', () => {
    const title = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.constantFrom('CON', 'nul.txt', '..', '.', 'Ǆ', 'ς', 'σ', 'İ', 'ß', 'SS', '𝐀'.repeat(90)),
    );
    fc.assert(
      fc.property(fc.array(title, { maxLength: 30 }), (titles) => {
        const taken = new Set<string>();
        const names = titles.map((t) => safeFileName(t, taken));
        for (const result of names) {
          expect(result).toMatch(safeName);
          expect(result.length).toBeLessThanOrEqual(83);
          expect(result.replace(/\.md$/, '')).not.toMatch(reserved);
          expect(result.isWellFormed()).toBe(true);
          expect(result).toBe(result.normalize('NFC'));
        }
        const folded = names.map((n) => n.toLowerCase().toUpperCase());
        expect(new Set(folded).size).toBe(names.length);
      }),
      { numRuns: 300 },
    );
  });

  it('cuts where segmenting the whole text would (property)', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const wholeCut = (text: string, max: number) => {
      let result = '';
      for (const { segment } of segmenter.segment(text)) {
        if (result.length + segment.length > max) break;
        result += segment;
      }
      return result.replace(/-+$/, '');
    };
    // Clusters whose boundaries depend on what comes before: flags, families, conjuncts, marks.
    const tricky = fc.constantFrom(
      '🇫🇷',
      '🇩',
      '👨‍👩‍👧',
      '\u200d',
      'क्ष',
      '्',
      'e\u0301',
      '\u0301',
      '-',
      'a',
    );
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.array(tricky, { maxLength: 60 }).map((parts) => parts.join('')),
      // Slugs are mostly ASCII, which is cut without segmenting, up to a mark that is not.
      fc
        .tuple(fc.string({ unit: fc.constantFrom('a', '-', '1'), maxLength: 100 }), tricky)
        .map(([ascii, rest]) => `${ascii}${rest}`),
    );
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 100 }), (value, max) => {
        expect(cutGraphemes(value, max)).toBe(wholeCut(value, max));
      }),
      { numRuns: 2000 },
    );
  });
});
