import type { ExportInput, ExportKind } from '../../lib/export/export-input';
import { exportFileName } from '../../lib/export/export-input';
import { downloadFile } from '../../components/download-file';

export type ExportFormat = Exclude<ExportKind, 'backup'>;

/** Loads the exporter on demand (it is not needed to show the list) and downloads its output. */
export async function runExport(format: ExportFormat, input: ExportInput): Promise<string> {
  const name = exportFileName(format, input.listTitle, input.exportedAt);
  if (format === 'md') {
    const { exportMarkdownDocument } = await import('../../lib/export/markdown-document');
    downloadFile(name, exportMarkdownDocument(input), 'text/markdown;charset=utf-8');
  } else if (format === 'zip') {
    const { exportMarkdownFiles, zipMarkdownFiles } =
      await import('../../lib/export/markdown-files');
    downloadFile(name, zipMarkdownFiles(exportMarkdownFiles(input)), 'application/zip');
  } else {
    const { exportBibtex } = await import('../../lib/export/bibtex');
    downloadFile(name, exportBibtex(input), 'application/x-bibtex;charset=utf-8');
  }
  return name;
}
