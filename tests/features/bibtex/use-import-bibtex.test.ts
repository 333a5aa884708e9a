import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { MAX_BIBTEX_BYTES, useImportBibtex } from '../../../src/features/bibtex/use-import-bibtex';
import { resetDatabase } from '../../db/reset-database';
import { refuseWrites } from '../../db/refuse-writes';

beforeEach(resetDatabase);

const BIB = `@article{quill2021,
  title = {Widget Nets},
  author = {Quill, Ada and Lind, Bo},
  year = {2021},
  url = {https://example.org/widget-nets}
}
@misc{broken,
  author = {Nobody}
}`;

const file = (text: string, name = 'library.bib') => new File([text], name, { type: 'text/plain' });

function renderImport(listed: ReadonlySet<string> = new Set()) {
  const view = renderHook(() => useImportBibtex(listed));
  const importFile = (chosen: File) => act(() => view.result.current.importFile(chosen));
  return { ...view, importFile };
}

describe('useImportBibtex', () => {
  it('is idle until a file is chosen, then adds its papers to My papers with a report', async () => {
    const { result, importFile } = renderImport();
    expect(result.current.state).toEqual({ kind: 'idle' });
    await importFile(file(BIB));
    expect(result.current.state).toEqual({
      kind: 'done',
      summary:
        'From library.bib: 1 paper added to My papers, 0 were already there (notes and tags merged), 1 entry skipped.',
      skipped: [expect.stringContaining('broken')],
    });
    const mine = await db.lists.toArray();
    expect(mine.flatMap((list) => list.catalogue.papers.map((paper) => paper.title))).toEqual([
      'Widget Nets',
    ]);
  });

  it('says it is working on the file while it reads it', async () => {
    const { result } = renderImport();
    let importing: Promise<void> | undefined;
    act(() => {
      importing = result.current.importFile(file(BIB, 'slow.bib'));
    });
    expect(result.current.state).toEqual({ kind: 'working', fileName: 'slow.bib' });
    await act(() => importing);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { result, importFile } = renderImport();
    const big = file('x');
    Object.defineProperty(big, 'size', { value: MAX_BIBTEX_BYTES + 1 });
    await importFile(big);
    expect(result.current.state).toEqual({
      kind: 'refused',
      message: 'library.bib is 20 MB; Readmark imports BibTeX files up to 20 MB.',
    });
  });

  it('takes a file of exactly the size limit', async () => {
    const { result, importFile } = renderImport();
    const limit = file(BIB);
    Object.defineProperty(limit, 'size', { value: MAX_BIBTEX_BYTES });
    await importFile(limit);
    expect(result.current.state.kind).toBe('done');
  });

  it('says how to export BibTeX when the file holds no entries', async () => {
    const { result, importFile } = renderImport();
    await importFile(file('Just some notes, no entries.', 'notes.txt'));
    expect(result.current.state).toEqual({
      kind: 'refused',
      message:
        'No BibTeX entries found in notes.txt: export your library as BibTeX (.bib) and choose that file.',
    });
  });

  it('names the file and the reason when the papers cannot be saved', async () => {
    const { result, importFile } = renderImport();
    await refuseWrites();
    await importFile(file(BIB));
    expect(result.current.state).toEqual({
      kind: 'refused',
      message:
        "library.bib was not imported. Not saved: the browser's storage for this site is full.",
    });
  });

  it('leaves out papers already on a listed list', async () => {
    const { result, importFile } = renderImport(new Set(['url:example.org/widget-nets']));
    await importFile(file(BIB));
    expect(result.current.state).toMatchObject({
      summary: expect.stringMatching(/0 papers added to My papers, 1 was already there/),
    });
  });
});
