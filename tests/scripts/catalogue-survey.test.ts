// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entryAt, isLinksOnly } from '../../scripts/survey/entry-source';
import {
  entryEvidence,
  evidenceText,
  givesAuthors,
  givesVenue,
  givesYear,
} from '../../scripts/survey/entry-evidence';
import { isLabelTitle } from '../../scripts/survey/label-title';
import { findLinks, parseMarkdown } from '../../scripts/survey/markdown-links';
import { isPaperLikeUrl, uniquePaperLinks } from '../../scripts/survey/paper-links';
import { surveyList, type ListSurvey } from '../../scripts/survey/survey-list';
import { formatMisses } from '../../scripts/survey/survey-misses';
import { formatTable, totalOf } from '../../scripts/survey/survey-table';
import { indexUrlLines, lineOfUrl } from '../../scripts/survey/url-lines';

const linksIn = (markdown: string) => {
  const root = parseMarkdown(markdown);
  if (root === undefined) throw new Error('unparseable test Markdown');
  return findLinks(root);
};

describe('paper links', () => {
  it('knows publishers, preprint servers and PDFs, and nothing else', () => {
    for (const url of [
      'https://arxiv.org/abs/2101.00001',
      'http://export.arxiv.org/pdf/2101.00001v2',
      'https://doi.org/10.1000/xyz',
      'https://dl.acm.org/doi/10.1145/1.2',
      'https://openreview.net/forum?id=abc',
      'https://aclanthology.org/2020.acl-main.1/',
      'https://www.usenix.org/conference/osdi99/presentation/someone',
      'https://example.edu/~me/paper.PDF',
    ]) {
      expect(isPaperLikeUrl(url), url).toBe(true);
    }
    for (const url of [
      'https://github.com/a/b',
      'https://arxiv.org/list/cs.LG/recent',
      'https://www.usenix.org/conference/osdi99',
      'ftp://example.org/x.pdf',
      'not a url',
    ]) {
      expect(isPaperLikeUrl(url), url).toBe(false);
    }
  });

  it('finds inline, auto, literal, reference and HTML links, not code or License', () => {
    const markdown = [
      '# Made-up list', // 1
      '- [One](https://arxiv.org/abs/2101.00001) and <https://arxiv.org/pdf/2101.00002>', // 2
      '- Literal https://arxiv.org/abs/2101.00003 and [ref][r]', // 3
      '<p><a href="https://doi.org/10.1000/abc">Four</a></p>', // 4
      '', // 5
      '```', // 6
      '[Hidden](https://arxiv.org/abs/2101.00009)', // 7
      '```', // 8
      'Inline `https://arxiv.org/abs/2101.00008` and [rel](papers/x.pdf)', // 9
      '', // 10
      '[r]: https://arxiv.org/abs/2101.00004', // 11
      '## License', // 12
      '- [Gone](https://arxiv.org/abs/2101.00007)', // 13
      '### Sub', // 14
      '- [Gone too](https://arxiv.org/abs/2101.00006)', // 15
      '## Papers again', // 16
      '- [Again](https://arxiv.org/abs/2101.00001v3)', // 17
    ].join('\n');
    const links = uniquePaperLinks(linksIn(markdown));
    expect(links.map(({ id, line }) => [id, line])).toEqual([
      ['arxiv:2101.00001', 2],
      ['arxiv:2101.00002', 2],
      ['arxiv:2101.00003', 3],
      ['arxiv:2101.00004', 3],
      ['doi:10.1000/abc', 4],
    ]);
  });
});

describe('entry source', () => {
  const lines = [
    '- **A Made-up Title (ICML 2020)**', // 1
    '  - Ann Writer, Bob Author', // 2
    '  - [[Paper]](https://arxiv.org/abs/2001.00001)', // 3
    '', // 4
    '- Another invented title.', // 5
    '  [[pdf]](https://example.org/a%20b.pdf/)', // 6
    '  - C. Doe and D. Roe. *CVPR 2017*', // 7
    '', // 8
    '| Title | Venue | Authors |', // 9
    '| --- | --- | --- |', // 10
    '| [T](https://arxiv.org/abs/2001.00003) | NeurIPS | - |', // 11
  ];

  it('takes a links-only nested item as part of its parent', () => {
    expect(isLinksOnly('  - [[Paper]](https://x.org/p) [[Code]](https://x.org/c)')).toBe(true);
    expect(isLinksOnly('  - [A real title](https://x.org/p)')).toBe(false);
    expect(entryAt(lines, 3)).toEqual({ line: 1, lines: lines.slice(0, 3) });
  });

  it('walks up from a continuation line and keeps the nested lines', () => {
    expect(entryAt(lines, 6)).toEqual({ line: 5, lines: lines.slice(4, 7) });
  });

  it('reads a table row with its header', () => {
    const entry = entryAt(lines, 11);
    expect(entry.table?.header).toEqual(['Title', 'Venue', 'Authors']);
    expect(entryEvidence(entry, [])).toEqual({ year: false, venue: true, authors: false });
    const arxiv = ['https://arxiv.org/abs/2001.00003'];
    expect(entryEvidence(entry, arxiv)).toMatchObject({ year: true });
  });

  it('finds the line of a normalised URL however the list spelled it', () => {
    const markdown = lines.join('\n');
    const index = indexUrlLines(markdown, []);
    expect(lineOfUrl(index, 'https://example.org/a%20b.pdf/')).toBe(6);
    expect(lineOfUrl(index, 'https://arxiv.org/abs/2001.0000')).toBeUndefined();
    const linked = indexUrlLines(markdown, linksIn(markdown));
    expect(lineOfUrl(linked, 'https://arxiv.org/abs/2001.00003')).toBe(11);
  });
});

describe('evidence heuristics', () => {
  it('sees years in full, two-digit, dated and arXiv forms', () => {
    for (const text of [
      '(2019)',
      'CVPR\u2019 18',
      "ICML '19",
      'Arxiv18',
      '2023-12-11',
      'ECCV2020:',
    ]) {
      expect(givesYear(text), text).toBe(true);
    }
    expect(givesYear('no year', ['https://arxiv.org/abs/1901.00001'])).toBe(true);
    for (const text of ['ResNet50', 'user Guo2002', "the cat's 20 toys", 'page 12345']) {
      expect(givesYear(text), text).toBe(false);
    }
  });

  it('sees known venues but not ordinary words', () => {
    expect(givesVenue('Invented paper. NeurIPS 2021.')).toBe(true);
    expect(givesVenue('(usenix security)')).toBe(true);
    expect(givesVenue('Published in Nature, 2015')).toBe(true);
    expect(givesVenue('On the nature of made-up things')).toBe(false);
    expect(givesVenue(evidenceText(['- Title [[arXiv]](https://arxiv.org/abs/1)']))).toBe(false);
  });

  it('sees author lists but not Title Case titles in links or bold', () => {
    expect(givesAuthors('Title, A. Writer et al.')).toBe(true);
    expect(givesAuthors('Title. A. Writer, B. C. Author.')).toBe(true);
    expect(givesAuthors('*Ann Writer, Bob Author and Cy Person*')).toBe(true);
    expect(givesAuthors('[Making Things Better and Doing Stuff Faster]')).toBe(false);
    expect(givesAuthors('**Making Things Better, Doing Stuff Faster**')).toBe(false);
    expect(givesAuthors('Solo Writer')).toBe(false);
    expect(givesAuthors('Joint Widgets and Gentle Gadgets for Robots')).toBe(false);
  });

  it('recognises titles that are only link labels', () => {
    for (const title of ['', 'pdf', '[PDF]', '(Code)', ' arXiv ', 'OpenReview']) {
      expect(isLabelTitle(title), title).toBe(true);
    }
    expect(isLabelTitle('Paper Towels for Robots')).toBe(false);
  });
});

describe('survey', () => {
  const markdown = [
    '# Invented',
    '## Papers',
    '- [Fake One](https://arxiv.org/abs/2001.00001) - A. Writer and B. Author. ICML 2020.',
    '- [Fake Two](https://example.org/two.pdf)',
    '',
    'Only in prose: [Three](https://arxiv.org/abs/2001.00003).',
  ].join('\n');

  it('counts paper links and the entries that give each field', () => {
    const survey = surveyList('invented', markdown);
    expect(survey).toMatchObject({ name: 'invented', paperLinks: 3, unlocated: 0 });
    expect(survey.entries).toBeGreaterThan(0);
    expect(survey.year.of).toBe(1);
    expect(survey.venue.of).toBe(1);
    expect(survey.authors.of).toBe(1);
    expect(survey.foundLinks).toBeLessThanOrEqual(survey.paperLinks);
  });

  const row = (name: string, paperLinks: number, foundLinks: number): ListSurvey => ({
    name,
    entries: 10,
    paperLinks,
    foundLinks,
    venue: { got: 3, of: 4 },
    year: { got: 0, of: 0 },
    authors: { got: 1, of: 2 },
    labelTitles: 1,
    unlocated: 0,
    warnings: 2,
    skipped: 1,
    ms: 5,
    misses: [{ kind: 'link', line: 7, source: '- [x](https://arxiv.org/abs/2001.00001)' }],
  });

  it('formats aligned rows and a total from summed counts', () => {
    const table = formatTable([row('first', 4, 4), row('second-list', 0, 0)]).split('\n');
    expect(table).toHaveLength(5);
    expect(new Set(table.map((line) => line.length)).size).toBe(1);
    expect(table[2]).toMatch(
      /^\| first\s+\|\s+10 \|\s+4 \|\s+100% \| +3 of 4 \(75%\) \| +0 of 0 \(–\) \|/,
    );
    expect(table[3]).toContain('|       – |');
    expect(table[4]).toMatch(/^\| total \(2 lists\)/);
    expect(table[4]).toContain('6 of 8 (75%)');
    expect(totalOf([row('a', 4, 3), row('b', 6, 6)])).toMatchObject({
      paperLinks: 10,
      foundLinks: 9,
    });
  });

  it('prints misses with their line', () => {
    expect(formatMisses(row('first', 4, 3))).toContain(
      '  paper links in no paper: 1\n        L7  - [x](https://arxiv.org/abs/2001.00001)',
    );
  });
});

const root = fileURLToPath(new URL('../..', import.meta.url));
function runCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const argv = ['--import', 'tsx', 'scripts/catalogue-survey.ts', ...args];
    execFile(process.execPath, argv, { cwd: root }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
  });
}

describe.concurrent('scripts/catalogue-survey.ts', () => {
  it('exits 2 with the usage line on bad arguments', async () => {
    const runs = await Promise.all([[], ['a', 'b'], ['--bogus', 'a']].map((a) => runCli(...a)));
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('usage: npm run catalogue:survey -- <folder>');
    }
  }, 30_000);

  it('prints a table, or JSON, for a folder of lists', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'survey-cli-'));
    try {
      await writeFile(join(dir, 'one.md'), '# L\n- [P](https://arxiv.org/abs/2001.00001) 2020\n');
      const table = await runCli(dir);
      expect(table.code).toBe(0);
      expect(table.stdout).toMatch(/\| one +\|/);
      expect(table.stdout).toContain('| total (1 list)');
      const json = await runCli(dir, '--json');
      expect(JSON.parse(json.stdout)).toMatchObject({ total: { paperLinks: 1 } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
