import { useState } from 'react';
import type { PaperSnapshot } from '../../lib/paper-state';
import { normaliseTag } from '../../db/tag-names';
import { addTag, removeTag } from '../../db/tag-writes';
import { useTagCounts } from '../../db/use-paper-states';
import { reportRejection } from '../../lib/report-rejection';
import { tagSuggestions } from '../../lib/tag-suggestions';
import { useTagCombobox } from './use-tag-combobox';

type TagEditorProps = { paperId: string; tags: readonly string[]; snapshot: PaperSnapshot };

export function TagEditor({ paperId, tags, snapshot }: TagEditorProps) {
  const [text, setText] = useState('');
  const suggestions = tagSuggestions(useTagCounts() ?? [], tags, text);

  const add = (raw: string) => {
    const tag = normaliseTag(raw);
    if (!tag) return;
    setText('');
    reportRejection(addTag(paperId, tag, snapshot));
  };
  const combobox = useTagCombobox(text, setText, suggestions, add);

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
      <div className="tag-editor__combobox">
        <input
          type="text"
          role="combobox"
          className="tag-editor__input"
          aria-label="Add tag"
          aria-autocomplete="list"
          aria-expanded={combobox.expanded}
          aria-controls={combobox.listboxId}
          aria-activedescendant={
            combobox.active >= 0 ? combobox.optionId(combobox.active) : undefined
          }
          placeholder="Add tag and press Enter"
          autoComplete="off"
          value={text}
          maxLength={80}
          onChange={(event) => combobox.onChange(event.target.value)}
          onKeyDown={combobox.onKeyDown}
          onBlur={combobox.close}
        />
        <ul
          className="tag-editor__suggestions"
          id={combobox.listboxId}
          role="listbox"
          aria-label="Existing tags"
          hidden={!combobox.expanded}
        >
          {combobox.expanded &&
            suggestions.map((entry, index) => (
              <li
                key={entry.tag}
                id={combobox.optionId(index)}
                role="option"
                aria-selected={index === combobox.active}
                className="tag-editor__option"
                // Keeps focus in the field, so the click adds the tag and typing can go on.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => combobox.choose(entry.tag)}
              >
                <span>#{entry.tag}</span>
                <span className="tag-editor__count">
                  {entry.count}
                  <span className="visually-hidden">
                    {entry.count === 1 ? ' paper' : ' papers'}
                  </span>
                </span>
              </li>
            ))}
        </ul>
      </div>
    </div>
  );
}
