import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { useChangeStatus } from '../hooks/use-change-status';
import type { CatalogueOutline } from '../lib/catalogue/catalogue-outline';
import type { PaperState } from '../lib/paper-state';
import { listPath, paperPath } from '../lib/paths';
import { reportRejection } from '../lib/report-rejection';
import { focusPaper, isInListPaper } from '../features/library/focus-paper';
import { focusWhenReady } from '../lib/focus-when-ready';
import { takeEarlyKeys } from './early-keys';
import {
  isTypingTarget,
  matchListArrow,
  matchShortcut,
  type GoTarget,
  type ShortcutAction,
} from '../lib/shortcuts';
import { useCurrentViewStore } from '../stores/current-view-store';
import { useListLocationStore } from '../stores/list-location-store';
import { useOverlayStore } from '../stores/overlay-store';
import { useSelectionStore } from '../stores/selection-store';

const GO_PATHS: Record<Exclude<GoTarget, 'list'>, string> = {
  'next-up': '/next-up',
  tags: '/tags',
  stats: '/stats',
  settings: '/settings',
};

export type ShortcutContext = {
  outline: CatalogueOutline;
  states: ReadonlyMap<string, PaperState> | undefined;
  openPaperId: string | null;
};

/** The app's keyboard shortcuts (see SHORTCUT_HELP); never while typing in a field. */
export function useShortcuts({ outline, states, openPaperId }: ShortcutContext) {
  const [location, navigate] = useLocation();
  const changeStatus = useChangeStatus();
  const pendingG = useRef(false);
  const context = useRef({ outline, states, openPaperId, location });
  useEffect(() => {
    context.current = { outline, states, openPaperId, location };
  }, [outline, states, openPaperId, location]);

  useEffect(() => {
    const openPaper = (id: string) => {
      const search = useListLocationStore.getState().search;
      navigate(paperPath(id, search), { state: { fromList: true } });
    };
    const run = (action: ShortcutAction) => {
      const { outline, states, openPaperId, location } = context.current;
      const selection = useSelectionStore.getState();
      const target = openPaperId ?? selection.selectedId;
      switch (action.kind) {
        case 'palette':
        case 'help':
        case 'add-paper':
          return useOverlayStore.getState().show(action.kind);
        case 'focus-search':
          if (location !== '/') navigate(listPath(useListLocationStore.getState().search));
          return focusWhenReady('#search');
        case 'go':
          return navigate(
            action.to === 'list'
              ? listPath(useListLocationStore.getState().search)
              : GO_PATHS[action.to],
          );
        case 'move': {
          if (openPaperId || location !== '/') return;
          const shown = useCurrentViewStore.getState().papers;
          const at = shown.findIndex((paper) => paper.id === selection.selectedId);
          // Up from the first paper, when moving by arrows, goes back to the search box.
          if (action.fromArrow && at <= 0 && action.by === -1) return focusWhenReady('#search');
          const next = shown[Math.min(shown.length - 1, Math.max(0, at + action.by))];
          // Focus follows the cursor when it is in the list, so the focus ring is on the paper.
          if (next && isInListPaper(document.activeElement)) return focusPaper(next.id);
          return selection.select(next?.id ?? null);
        }
        case 'open':
          if (!openPaperId && selection.selectedId && location === '/')
            openPaper(selection.selectedId);
          return;
        case 'focus-tag':
        case 'focus-notes':
          if (!target) return;
          if (!openPaperId) openPaper(target);
          return focusWhenReady(
            action.kind === 'focus-tag'
              ? 'input[aria-label="Add tag"]'
              : 'textarea[aria-label="Notes"]',
          );
        case 'status': {
          if (!target) return;
          const state = states?.get(target);
          const paper = outline.paperById.get(target);
          const snapshot = {
            title: paper?.title ?? state?.title ?? target,
            url: paper?.url ?? state?.url ?? '',
          };
          return reportRejection(changeStatus(target, action.status, snapshot, state));
        }
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const typing = isTypingTarget(event.target as HTMLElement | null);
      const isPalette = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      if (typing && !isPalette) return;
      // Enter on a focused button or link keeps its own meaning.
      if (event.key === 'Enter' && (event.target as HTMLElement).closest('a, button')) return;
      const arrow = isInListPaper(event.target as HTMLElement) ? matchListArrow(event) : null;
      const { action, pendingG: next } = arrow
        ? { action: arrow, pendingG: false }
        : matchShortcut(event, pendingG.current);
      pendingG.current = next;
      if (!action) return;
      event.preventDefault();
      run(action);
    };
    document.addEventListener('keydown', onKeyDown);
    takeEarlyKeys().forEach(onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate, changeStatus]);
}
