import { useState } from 'react';
import type { PaperSnapshot } from '../../lib/paper-state';
import { normaliseTag } from '../../db/tag-names';
import { addTag, removeTag } from '../../db/tag-writes';
import { useTagCounts } from '../../db/use-paper-states';
import { reportRejection } from '../../lib/report-rejection';

type TagEditorProps = { paperId: string; tags: readonly string[]; snapshot: PaperSnapshot };

const MAX_SUGGESTIONS = 8;

export function TagEditor({ paperId, tags, snapshot }: TagEditorProps) {
  const [text, setText] = useState('');
  const allTags = useTagCounts();
  const own = new Set(tags.map((tag) => tag.toLowerCase()));
  const typed = text.trim().replace(/^#/, '').toLowerCase();
  const suggestions = typed
    ? (allTags ?? [])
        .filter((entry) => !own.has(entry.tag.toLowerCase()))
        .filter((entry) => entry.tag.toLowerCase().includes(typed))
        .slice(0, MAX_SUGGESTIONS)
    : [];

  const add = (raw: string) => {
    const tag = normaliseTag(raw);
    if (!tag) return;
    setText('');
    reportRejection(addTag(paperId, tag, snapshot));
  };

  return (
    <div className="tag-editor">
      {tags.length > 0 && (
        <ul className="tag-editor__list" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag} className="chip">
              #{tag}
              <button
                type="button"
                className="chip__remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() => reportRejection(removeTag(paperId, tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        type="text"
        className="tag-editor__input"
        aria-label="Add tag"
        aria-describedby={suggestions.length > 0 ? 'tag-suggestions' : undefined}
        placeholder="Add tag and press Enter"
        autoComplete="off"
        value={text}
        maxLength={80}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add(text);
          }
        }}
      />
      {suggestions.length > 0 && (
        <div className="tag-editor__suggestions" id="tag-suggestions">
          <span className="muted">Existing tags:</span>
          {suggestions.map((entry) => (
            <button
              key={entry.tag}
              type="button"
              className="filter-chip"
              onClick={() => add(entry.tag)}
            >
              #{entry.tag}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
