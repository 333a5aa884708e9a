import { useState } from 'react';
import type { CataloguePaper } from '../../lib/catalogue/schema';
import type { PaperState } from '../../lib/paper-state';

type CopyMarkdownButtonProps = {
  paper: CataloguePaper;
  state: PaperState | null | undefined;
  sectionTitles: string[];
};

/** The paper as one Markdown note (front matter, then the note), ready to paste anywhere. */
export function CopyMarkdownButton({ paper, state, sectionTitles }: CopyMarkdownButtonProps) {
  const [message, setMessage] = useState('');
  const copy = async () => {
    const { exportMarkdownFiles } = await import('../../lib/export/markdown-files');
    const [file] = exportMarkdownFiles({
      listTitle: '',
      exportedAt: new Date(),
      papers: [{ paper, state: state ?? undefined, sectionTitles }],
    });
    await navigator.clipboard.writeText(file?.content ?? '');
    setMessage('Copied');
  };
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() =>
          void copy().catch(() => setMessage('Copy failed: the browser blocked the clipboard'))
        }
      >
        Copy as Markdown
      </button>
      <span role="status" className="muted">
        {message}
      </span>
    </>
  );
}
