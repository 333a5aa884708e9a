import { useMemo } from 'react';
import { useLocation } from 'wouter';
import { META_KEYS, setMeta } from '../db/meta';
import { usePaperStates, useTagCounts } from '../db/use-paper-states';
import { downloadBackupFile } from '../features/settings/download-backup';
import { DEFAULT_LIST_ID } from '../hooks/use-active-catalogue';
import { useChangeStatus } from '../hooks/use-change-status';
import { effectiveTheme, setThemePreference, useThemePreference } from '../hooks/theme-preference';
import type { CatalogueOutline } from '../lib/catalogue/catalogue-outline';
import { focusWhenReady } from '../lib/focus-when-ready';
import { EMPTY_LIST_QUERY, listQueryToParams } from '../lib/list-query';
import type { PaletteItem } from '../lib/palette-items';
import type { ListedCatalogue } from '../lib/papers/listed-paper';
import { listPath, paperIdFromPathname, paperPath } from '../lib/paths';
import { STATUS_LABELS, type ReadingStatus } from '../lib/reading-status';
import { reportRejection } from '../lib/report-rejection';
import { useOverlayStore } from '../stores/overlay-store';
import { useSelectionStore } from '../stores/selection-store';
import { useToastStore } from '../stores/toast-store';

export type PaletteActionsInput = {
  outline: CatalogueOutline;
  /** Every list, to switch to any other by name. */
  lists: readonly ListedCatalogue[];
  activeListId: string;
};

type Add = (id: string, label: string, hint: string, action: () => void) => void;

// Read before Reading and To read: typing "mark read" then finds Read first.
const STATUS_ORDER: readonly ReadingStatus[] = ['read', 'reading', 'to-read', 'unread'];
const show = (overlay: 'add-paper' | 'help' | 'export') => useOverlayStore.getState().show(overlay);
const toast = (text: string) => useToastStore.getState().show(text);

/** The paper a status action acts on: the open paper, else the list's keyboard cursor. */
function useTargetPaperId(location: string): string | null {
  const selectedId = useSelectionStore((state) => state.selectedId);
  if (location.startsWith('/paper/')) return paperIdFromPathname(window.location.pathname);
  return location === '/' ? selectedId : null;
}

/** Everything the command palette can do, as items to match and the action each one runs. */
export function usePaletteActions({ outline, lists, activeListId }: PaletteActionsInput) {
  const [location, navigate] = useLocation();
  const tags = useTagCounts();
  const states = usePaperStates();
  const changeStatus = useChangeStatus();
  const theme = effectiveTheme(useThemePreference());
  const targetId = useTargetPaperId(location);

  return useMemo(() => {
    const run = new Map<string, () => void>();
    const items: PaletteItem[] = [];
    const add: Add = (id, label, hint, action) => {
      items.push({ id, label, hint });
      run.set(id, action);
    };
    add('add-paper', 'Add paper', 'Action', () => show('add-paper'));
    const target = targetId ? outline.paperById.get(targetId) : undefined;
    const state = targetId ? states?.get(targetId) : undefined;
    const title = target?.title ?? state?.title;
    if (targetId && title) {
      const snapshot = { title, url: target?.url ?? state?.url ?? '' };
      for (const status of STATUS_ORDER) {
        if ((state?.status ?? 'unread') === status) continue;
        add(`status:${status}`, `Mark as ${STATUS_LABELS[status]}`, title, () =>
          reportRejection(changeStatus(targetId, status, snapshot, state)),
        );
      }
    }
    add('export', 'Export…', 'Action', () => show('export'));
    add(
      'backup',
      'Download backup',
      'Action',
      () =>
        void downloadBackupFile()
          .then((name) => toast(`Downloaded ${name}.`))
          .catch((error: unknown) => toast(`Backup failed: ${String(error)}`)),
    );
    for (const list of lists) {
      if (list.id === activeListId) continue;
      const value = list.id === DEFAULT_LIST_ID ? null : list.id;
      add(`list:${list.id}`, `Switch to ${list.title}`, 'List', () =>
        reportRejection(setMeta(META_KEYS.activeListId, value, 'the list you chose')),
      );
    }
    add('add-list', 'Add list', 'Action', () => {
      navigate('/settings');
      focusWhenReady('.address-form input');
    });
    add('go:list', 'Go to the list', 'Action', () => navigate('/'));
    add('go:next', 'Go to Next up', 'Action', () => navigate('/next-up'));
    add('go:tags', 'Go to tags', 'Action', () => navigate('/tags'));
    add('go:stats', 'Go to stats', 'Action', () => navigate('/stats'));
    add('go:settings', 'Go to settings, backup and lists', 'Action', () => navigate('/settings'));
    add('theme', `Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`, 'Action', () =>
      setThemePreference(theme === 'dark' ? 'light' : 'dark'),
    );
    add('help', 'Keyboard shortcuts', 'Action', () => show('help'));
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
  }, [outline, lists, activeListId, tags, states, targetId, changeStatus, navigate, theme]);
}
