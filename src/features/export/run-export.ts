import type { ExportInput, ExportKind } from '../../lib/export/export-input';
import { exportFileName } from '../../lib/export/export-input';
import { downloadFile } from '../../components/download-file';

export type ExportFormat = Exclude<ExportKind, 'backup'>;

// The exporters are not needed to show the list, so each loads on demand.
const exporters = {
  md: () => import('../../lib/export/markdown-document'),
  zip: () => import('../../lib/export/markdown-files'),
  bib: () => import('../../lib/export/bibtex'),
} as const;

/**
 * Starts loading the chosen exporter while the dialog is open, so Download does not wait for
 * it. A failure is ignored here: Download loads it again and reports what goes wrong.
 */
export function preloadExporter(format: ExportFormat): void {
  exporters[format]().catch(() => undefined);
}

/** Runs the exporter and downloads its output. */
export async function runExport(format: ExportFormat, input: ExportInput): Promise<string> {
  const name = exportFileName(format, input.listTitle, input.exportedAt);
  if (format === 'md') {
    const { exportMarkdownDocument } = await exporters.md();
    downloadFile(name, exportMarkdownDocument(input), 'text/markdown;charset=utf-8');
  } else if (format === 'zip') {
    const { exportMarkdownFiles, zipMarkdownFiles } = await exporters.zip();
    downloadFile(name, zipMarkdownFiles(exportMarkdownFiles(input)), 'application/zip');
  } else {
    const { exportBibtex } = await exporters.bib();
    downloadFile(name, exportBibtex(input), 'application/x-bibtex;charset=utf-8');
  }
  return name;
}
