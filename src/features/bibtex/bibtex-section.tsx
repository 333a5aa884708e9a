import { FileButton } from '../../components/file-button';
import { useImportBibtex } from './use-import-bibtex';
import './bibtex.css';

type BibtexSectionProps = {
  /** Papers on the default list: an entry for one of them is merged, not added again. */
  listedIds: ReadonlySet<string>;
};

/** Settings → My papers: "Import BibTeX" and its report. */
export function BibtexSection({ listedIds }: BibtexSectionProps) {
  const { state, importFile } = useImportBibtex(listedIds);
  return (
    <section className="card" aria-labelledby="my-papers-heading">
      <h3 id="my-papers-heading">My papers</h3>
      <p>
        Papers you add by their link (<strong>Add paper</strong> at the top, or <kbd>a</kbd>) go to
        a list of your own, My papers. Bring in a whole library from Zotero, Mendeley or Google
        Scholar as a BibTeX (.bib) file: keywords become tags, notes become notes, and a paper
        already on one of your lists keeps its state, with the file’s note and tags added.
      </p>
      <FileButton
        label="Import BibTeX"
        accept=".bib,.bibtex,text/x-bibtex,application/x-bibtex"
        onFile={(file) => void importFile(file)}
      />
      {state.kind === 'working' && <p role="status">Importing {state.fileName}…</p>}
      {state.kind === 'refused' && (
        <p role="alert" className="error-text">
          {state.message}
        </p>
      )}
      {state.kind === 'done' && (
        <div className="bibtex-report">
          <p role="status">{state.summary}</p>
          {state.skipped.length > 0 && (
            <details className="bibtex-report__skipped" open={state.skipped.length <= 10}>
              <summary>
                {state.skipped.length === 1
                  ? 'The entry skipped'
                  : `The ${state.skipped.length} entries skipped`}
                , and why
              </summary>
              <ul>
                {state.skipped.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
