import { useCallback, useState } from 'react';
import { importIntoMyPapers } from '../../db/my-papers';
import { papersFromBibtex } from '../../lib/papers/bibtex-entries';
import { bibtexSummary, skippedLine } from '../../lib/papers/bibtex-report';
import { formatBytes } from '../../lib/format-bytes';

/** A .bib file is text; a library of 10,000 entries is a few megabytes. */
export const MAX_BIBTEX_BYTES = 20 * 1024 * 1024;

export type BibtexImportState =
  | { kind: 'idle' }
  | { kind: 'working'; fileName: string }
  | { kind: 'refused'; message: string }
  | { kind: 'done'; summary: string; skipped: string[] };

/** Reads a .bib file and brings its papers into My papers, with a report of what happened. */
export function useImportBibtex(listedIds: ReadonlySet<string>) {
  const [state, setState] = useState<BibtexImportState>({ kind: 'idle' });
  const importFile = useCallback(
    async (file: File) => {
      if (file.size > MAX_BIBTEX_BYTES) {
        const message = `${file.name} is ${formatBytes(file.size)}; Readmark imports BibTeX files up to ${formatBytes(MAX_BIBTEX_BYTES)}.`;
        return setState({ kind: 'refused', message });
      }
      setState({ kind: 'working', fileName: file.name });
      try {
        const { papers, skipped } = papersFromBibtex(await file.text());
        if (papers.length === 0 && skipped.length === 0) {
          const message = `No BibTeX entries found in ${file.name}: export your library as BibTeX (.bib) and choose that file.`;
          return setState({ kind: 'refused', message });
        }
        const counts = await importIntoMyPapers(papers, listedIds);
        setState({
          kind: 'done',
          summary: bibtexSummary(file.name, counts, skipped.length),
          skipped: skipped.map(skippedLine),
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        setState({ kind: 'refused', message: `${file.name} was not imported. ${reason}` });
      }
    },
    [listedIds],
  );
  return { state, importFile };
}
