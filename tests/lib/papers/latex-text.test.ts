// @vitest-environment node
import { latexToParagraphs, latexToText } from '../../../src/lib/papers/latex-text';

describe('LaTeX in BibTeX fields as plain text', () => {
  it.each([
    ['{{Deep}} Learning', 'Deep Learning'],
    ['{\\"u}ber', 'über'],
    ['\\"{u}ber', 'über'],
    ["{\\'e}t{\\'e}", 'été'],
    ["Jos\\'e", 'José'],
    ["Garc{\\'\\i}a", 'García'],
    ["Garc\\'{\\i}a", 'García'],
    ['Na\\"{\\i}ve', 'Naïve'],
    ['{\\c{C}}elik', 'Çelik'],
    ['{\\c C}elik', 'Çelik'],
    ['Erd\\H{o}s', 'Erdős'],
    ['\\v{S}koda', 'Škoda'],
    ['\\`a la \\^ete \\~n \\=o \\.z \\u{g} \\k{a} \\r{a}', 'à la ête ñ ō ż ğ ą å'],
    ['Stra{\\ss}e {\\O}stergaard S{\\o}ren {\\ae} {\\L}{\\l}', 'Straße Østergaard Søren æ Łł'],
    ['Research \\& Development: 50\\% \\$5 \\#1 a\\_b', 'Research & Development: 50% $5 #1 a_b'],
    ["pages 1--18 --- and ``quoted''", 'pages 1–18 — and “quoted”'],
    [
      '\\emph{Robust} \\textbf{Learning} \\textit{with} \\texttt{code}',
      'Robust Learning with code',
    ],
    ['$\\alpha$-Divergences and $k$-Means', 'α-Divergences and k-Means'],
    ['{\\LaTeX} and \\TeX{} tips', 'LaTeX and TeX tips'],
    ['Non~breaking   and\n  new lines', 'Non breaking and new lines'],
    ['\\unknowncommand{kept text} \\alone dropped', 'kept text dropped'],
    ["Caf\\'{e} \\url{https://example.org/a_b}", 'Café https://example.org/a_b'],
    ['Unbalanced } brace {', 'Unbalanced brace'],
    ['Stra\\ss e', 'Straße'],
    ['\\v\\j', 'ǰ'],
    ['\\v{\\j}', 'ǰ'],
    ["Caf\\'", 'Caf'],
  ])('%s → %s', (latex, text) => {
    expect(latexToText(latex)).toBe(text);
  });

  it('composes accents into single code points (NFC)', () => {
    expect(latexToText('{\\"u}')).toBe('\u00fc');
    expect(latexToText('{\\"u}').length).toBe(1);
  });
});

describe('a BibTeX note as paragraphs', () => {
  it('parts paragraphs at blank lines, even ones holding spaces, and drops empty ones', () => {
    expect(
      latexToParagraphs('\n\nRead for the {reading} group.\n \t\nSection 3 is the key part.\n\n'),
    ).toBe('Read for the reading group.\n\nSection 3 is the key part.');
  });
});
