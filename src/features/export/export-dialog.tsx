import { useEffect, useId, useState } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import { RadioChoices, type Choice } from '../../components/radio-choices';
import { selectScope, type ExportPaper, type ExportScope } from '../../lib/export/export-input';
import { preloadExporter, runExport, type ExportFormat } from './run-export';
import './export.css';

type ExportDialogProps = {
  listTitle: string;
  papers: ExportPaper[];
  viewIds: ReadonlySet<string>;
  onClose: () => void;
};

const FORMATS: Choice<ExportFormat>[] = [
  {
    value: 'md',
    label: 'Markdown, one file',
    hint: 'Every paper under its section, notes included.',
  },
  {
    value: 'zip',
    label: 'Markdown, a file per paper (.zip)',
    hint: 'With YAML front matter, for Obsidian, Logseq or a folder.',
  },
  { value: 'bib', label: 'BibTeX (.bib)', hint: 'For Zotero, JabRef or LaTeX.' },
];

export function ExportDialog({ listTitle, papers, viewIds, onClose }: ExportDialogProps) {
  const [format, setFormat] = useState<ExportFormat>('md');
  const [scope, setScope] = useState<ExportScope>('all');
  const [message, setMessage] = useState('');
  const titleId = useId();
  useEffect(() => preloadExporter(format), [format]);
  const counts: Record<ExportScope, number> = {
    all: papers.length,
    'with-notes': selectScope(papers, 'with-notes', viewIds).length,
    view: selectScope(papers, 'view', viewIds).length,
  };
  const scopes: Choice<ExportScope>[] = [
    { value: 'all', label: `Everything (${counts.all})` },
    { value: 'with-notes', label: `Only papers with notes (${counts['with-notes']})` },
    { value: 'view', label: `The current view (${counts.view})` },
  ];

  const download = async () => {
    const chosen = selectScope(papers, scope, viewIds);
    const name = await runExport(format, {
      listTitle,
      exportedAt: new Date(),
      papers: chosen,
      listPapers: papers.map(({ paper }) => paper),
    });
    setMessage(`Downloaded ${name}.`);
  };

  return (
    <ModalDialog onClose={onClose} labelledBy={titleId} className="export-dialog" card>
      <h2 id={titleId}>Export</h2>
      <RadioChoices
        legend="Format"
        name="export-format"
        value={format}
        choices={FORMATS}
        onChange={setFormat}
      />
      <RadioChoices
        legend="Papers"
        name="export-scope"
        value={scope}
        choices={scopes}
        onChange={setScope}
      />
      <p className="export-dialog__message" role="status">
        {message}
      </p>
      <div className="export-dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={counts[scope] === 0}
          onClick={() =>
            void download().catch((error: unknown) => setMessage(`Export failed: ${String(error)}`))
          }
        >
          Download
        </button>
      </div>
    </ModalDialog>
  );
}
