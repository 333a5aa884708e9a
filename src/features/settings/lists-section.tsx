import { FileButton } from '../../components/file-button';
import { useState } from 'react';
import { removeList, saveList, useStoredLists } from '../../db/lists';
import { MAX_LIST_BYTES } from '../../lib/lists/list-limits';
import { reportRejection } from '../../lib/report-rejection';

type Message = { kind: 'status' | 'alert'; text: string } | null;

export function ListsSection({ defaultTitle }: { defaultTitle: string }) {
  const lists = useStoredLists();
  const [message, setMessage] = useState<Message>(null);

  const add = async (file: File) => {
    if (file.size > MAX_LIST_BYTES) {
      return setMessage({
        kind: 'alert',
        text: `${file.name} is too large to be a list (over 20 MB). Nothing was added.`,
      });
    }
    // The Markdown parser loads only when someone adds a list.
    const { importListFile } = await import('../../lib/lists/import-list');
    const result = importListFile(file.name, await file.text());
    if (!result.ok)
      return setMessage({ kind: 'alert', text: `${result.error} Nothing was added.` });
    await saveList(result.list);
    const skipped =
      result.warnings.length > 0 ? ` ${result.warnings.length} lines were skipped.` : '';
    setMessage({
      kind: 'status',
      text: `Added “${result.list.title}” with ${result.list.catalogue.papers.length} papers.${skipped} Switch to it with “List” at the top.`,
    });
  };

  return (
    <section className="card" aria-labelledby="lists-heading">
      <h3 id="lists-heading">Lists</h3>
      <p>
        Add another awesome list from its Markdown file (or a catalogue JSON file). A paper on two
        lists shares its status, notes and tags.
      </p>
      <ul className="lists">
        <li>
          <span>{defaultTitle}</span> <span className="muted">(default, always here)</span>
        </li>
        {(lists ?? []).map((list) => (
          <li key={list.id}>
            <span>{list.title}</span>{' '}
            <span className="muted">
              {list.catalogue.papers.length} papers, from {list.fileName ?? 'a file'}
            </span>
            <button
              type="button"
              className="button button--danger"
              aria-label={`Remove list ${list.title}`}
              onClick={() => reportRejection(removeList(list.id))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <FileButton
        label="Add list"
        accept=".md,.markdown,.json,text/markdown,application/json"
        onFile={(file) =>
          void add(file).catch((error: unknown) =>
            setMessage({ kind: 'alert', text: String(error) }),
          )
        }
      />
      {message && (
        <p role={message.kind} className={message.kind === 'alert' ? 'error-text' : undefined}>
          {message.text}
        </p>
      )}
    </section>
  );
}
