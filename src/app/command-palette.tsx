import { useId, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { ModalDialog } from '../components/modal-dialog';
import { useTagCounts } from '../db/use-paper-states';
import { effectiveTheme, setThemePreference, useThemePreference } from '../hooks/theme-preference';
import type { CatalogueOutline } from '../lib/catalogue/catalogue-outline';
import { EMPTY_LIST_QUERY, listQueryToParams } from '../lib/list-query';
import { filterPaletteItems, type PaletteItem } from '../lib/palette-items';
import { listPath, paperPath } from '../lib/paths';
import { useOverlayStore } from '../stores/overlay-store';

type CommandPaletteProps = { outline: CatalogueOutline; onClose: () => void };

/** Ctrl/Cmd+K: jump to any paper, section, tag or action by typing. */
export function CommandPalette({ outline, onClose }: CommandPaletteProps) {
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const tags = useTagCounts();
  const theme = effectiveTheme(useThemePreference());
  const labelId = useId();
  const listId = useId();

  const actions = useMemo(() => {
    const run = new Map<string, () => void>();
    const items: PaletteItem[] = [];
    const add = (id: string, label: string, hint: string, action: () => void) => {
      items.push({ id, label, hint });
      run.set(id, action);
    };
    add('add-paper', 'Add paper', 'Action', () => useOverlayStore.getState().show('add-paper'));
    add('go:list', 'Go to the list', 'Action', () => navigate('/'));
    add('go:next', 'Go to Next up', 'Action', () => navigate('/next-up'));
    add('go:tags', 'Go to tags', 'Action', () => navigate('/tags'));
    add('go:stats', 'Go to stats', 'Action', () => navigate('/stats'));
    add('go:settings', 'Go to settings, backup and lists', 'Action', () => navigate('/settings'));
    add('theme', `Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`, 'Action', () =>
      setThemePreference(theme === 'dark' ? 'light' : 'dark'),
    );
    add('help', 'Keyboard shortcuts', 'Action', () => useOverlayStore.getState().show('help'));
    for (const section of outline.flat) {
      const search = listQueryToParams({ ...EMPTY_LIST_QUERY, section: section.id }).toString();
      add(`section:${section.id}`, section.title, 'Section', () => navigate(listPath(search)));
    }
    for (const { tag } of tags ?? []) {
      const search = listQueryToParams({ ...EMPTY_LIST_QUERY, tags: [tag] }).toString();
      add(`tag:${tag}`, `#${tag}`, 'Tag', () => navigate(listPath(search)));
    }
    for (const paper of outline.paperById.values()) {
      add(`paper:${paper.id}`, paper.title, 'Paper', () => navigate(paperPath(paper.id)));
    }
    return { items, run };
  }, [outline, tags, navigate, theme]);

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
