import { useId, useMemo, useState } from 'react';
import { ModalDialog } from '../components/modal-dialog';
import { filterPaletteItems, type PaletteItem } from '../lib/palette-items';
import { usePaletteActions, type PaletteActionsInput } from './use-palette-actions';

type CommandPaletteProps = PaletteActionsInput & { onClose: () => void };

/** Ctrl/Cmd+K: jump to any paper, section, tag or action by typing. */
export function CommandPalette({ onClose, ...input }: CommandPaletteProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const labelId = useId();
  const listId = useId();

  const actions = usePaletteActions(input);

  const matches = useMemo(() => filterPaletteItems(actions.items, query), [actions, query]);
  const choose = (item: PaletteItem | undefined) => {
    if (!item) return;
    onClose();
    actions.run.get(item.id)?.();
  };

  return (
    <ModalDialog onClose={onClose} labelledBy={labelId} className="palette">
      <h2 id={labelId} className="visually-hidden">
        Command palette
      </h2>
      <input
        className="palette__input"
        role="combobox"
        aria-label="Go to"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={matches[active] ? `${listId}-${active}` : undefined}
        placeholder="Go to a paper, section, tag or action…"
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((index) => (index + step + matches.length) % Math.max(1, matches.length));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(matches[active]);
          }
        }}
      />
      <ul className="palette__list" id={listId} role="listbox" aria-label="Matches">
        {matches.map((item, index) => (
          <li
            key={item.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="palette__item"
            onMouseEnter={() => setActive(index)}
            onClick={() => choose(item)}
          >
            <span>{item.label}</span>
            <span className="palette__hint">{item.hint}</span>
          </li>
        ))}
        {matches.length === 0 && <li className="palette__empty">Nothing matches “{query}”.</li>}
      </ul>
    </ModalDialog>
  );
}
