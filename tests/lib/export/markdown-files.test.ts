// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportMarkdownFiles, zipMarkdownFiles } from '../../../src/lib/export/markdown-files';
import { bigNote, entry, hostileNotes, hostileTitles, input } from './export-fixtures';

/** Splits a file into its front matter (parsed) and the text after `---` and a blank line. */
function split(content: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?\n)---\n\n/.exec(content);
  if (!match) throw new Error(`no front matter in ${content.slice(0, 80)}`);
  return {
    data: parse(match[1] ?? '') as Record<string, unknown>,
    body: content.slice(match[0].length),
  };
}

describe('exportMarkdownFiles', () => {
  it('writes the fields in order, omitting empty ones, then the note', () => {
    const [file] = exportMarkdownFiles(
      input([
        entry(
          { venue: 'ICSE', year: 2020, tags: ['Survey'] },
          {
            status: 'read',
            finishedAt: Date.UTC(2026, 1, 3),
            tags: ['deep learning', '#ml'],
            note: 'My note\n',
          },
          ['Background', 'Systems'],
        ),
      ]),
    );
    expect(file?.name).toBe('MLSys - The New Frontier of Machine Learning Systems.md');
    expect(file?.content).toBe(
      [
        '---',
        'id: arxiv:1904.03257',
        'title: "MLSys: The New Frontier of Machine Learning Systems"',
        'url: https://arxiv.org/pdf/1904.03257.pdf',
        'venue: ICSE',
        'year: 2020',
        'status: read',
        'started: 2026-01-02',
        'finished: 2026-02-03',
        'tags:',
        '  - Survey',
        '  - deep-learning',
        '  - ml',
        'sections:',
        '  - Background',
        '  - Systems',
        '---',
        '',
        'My note\n',
      ].join('\n'),
    );
  });

  it('gives a paper without state status unread, empty lists and an empty body', () => {
    const [file] = exportMarkdownFiles(input([entry({}, null, [])]));
    const { data, body } = split(file?.content ?? '');
    expect(data).toEqual({
      id: 'arxiv:1904.03257',
      title: 'MLSys: The New Frontier of Machine Learning Systems',
      url: 'https://arxiv.org/pdf/1904.03257.pdf',
      status: 'unread',
      tags: [],
      sections: [],
    });
    expect(body).toBe('');
  });

  it('writes the authors as a YAML list after the title, "et al." last as the list has it', () => {
    const [file] = exportMarkdownFiles(
      input([entry({ authors: ['Jie M. Zhang', 'Mark Harman', 'et al.'] }, null, [])]),
    );
    expect(file?.content).toContain(
      [
        'title: "MLSys: The New Frontier of Machine Learning Systems"',
        'authors:',
        '  - Jie M. Zhang',
        '  - Mark Harman',
        '  - et al.',
        'url: https://arxiv.org/pdf/1904.03257.pdf',
      ].join('\n'),
    );
    const [none] = exportMarkdownFiles(input([entry({ authors: ['et al.'] }, null, [])]));
    expect(split(none?.content ?? '').data).not.toHaveProperty('authors');
  });

  it('round-trips hostile author names through YAML exactly', () => {
    const files = exportMarkdownFiles(
      input(hostileTitles.map((title, index) => entry({ id: `p${index}`, authors: [title] }))),
    );
    files.forEach((file, index) => {
      expect(split(file.content).data.authors).toEqual([hostileTitles[index]]);
    });
  });

  it('round-trips hostile titles, tags and notes through YAML exactly', () => {
    const notes = [...hostileNotes, bigNote];
    const papers = hostileTitles.map((title, index) =>
      entry(
        { id: `url:example.org/${index}`, title, venue: title },
        { note: notes[index % notes.length], tags: [title.slice(0, 20), '__proto__'] },
        [title],
      ),
    );
    const files = exportMarkdownFiles(input(papers));
    expect(new Set(files.map((file) => file.name.toLowerCase())).size).toBe(files.length);
    files.forEach((file, index) => {
      const { data, body } = split(file.content);
      const title = hostileTitles[index] ?? '';
      expect(data.title).toBe(title);
      expect(data.venue).toBe(title);
      expect(data.sections).toEqual([title]);
      expect(data.tags).toEqual(
        [
          title.slice(0, 20).trim().replace(/^#+/, '').trim().replace(/\s+/g, '-'),
          '__proto__',
        ].filter((tag) => tag !== ''),
      );
      const note = notes[index % notes.length] ?? '';
      expect(body).toBe(note === '' || note.endsWith('\n') ? note : `${note}\n`);
    });
  });

  it('ends every file with a newline', () => {
    const files = exportMarkdownFiles(
      input([
        entry({ id: 'a', title: 'A' }, { note: 'No newline at the end' }),
        entry({ id: 'b', title: 'B' }, { note: 'One at the end\n' }),
        entry({ id: 'c', title: 'C' }, null),
      ]),
    );
    expect(files.map((file) => split(file.content).body)).toEqual([
      'No newline at the end\n',
      'One at the end\n',
      '',
    ]);
    for (const file of files) expect(file.content.endsWith('\n')).toBe(true);
  });
});

describe('zipMarkdownFiles', () => {
  it('zips files that unzip to the same names and bytes', () => {
    const files = exportMarkdownFiles(
      input(
        hostileTitles.map((title, index) => entry({ id: `p${index}`, title }, { note: title })),
      ),
    );
    const unzipped = unzipSync(
      zipMarkdownFiles(files, { folder: 'Awesome ML!', mtime: new Date() }),
    );
    expect(Object.keys(unzipped).sort()).toEqual(files.map((f) => `awesome-ml/${f.name}`).sort());
    for (const file of files)
      expect(strFromU8(unzipped[`awesome-ml/${file.name}`] ?? new Uint8Array())).toBe(file.content);
  });

  it('refuses names it would lose rather than corrupting the zip', () => {
    expect(() => zipMarkdownFiles([{ name: '__proto__', content: 'x' }])).toThrow();
    expect(() =>
      zipMarkdownFiles([
        { name: 'a.md', content: 'x' },
        { name: 'a.md', content: 'y' },
      ]),
    ).toThrow();
    const unzipped = unzipSync(
      zipMarkdownFiles([{ name: '__proto__', content: 'x' }], { folder: 'f' }),
    );
    expect(Object.keys(unzipped)).toEqual(['f/__proto__']);
  });
});
