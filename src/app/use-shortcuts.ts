import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { useChangeStatus } from '../hooks/use-change-status';
import type { CatalogueOutline } from '../lib/catalogue/catalogue-outline';
import type { PaperState } from '../lib/paper-state';
import { listPath, paperPath } from '../lib/paths';
import { reportRejection } from '../lib/report-rejection';
import { takeEarlyKeys } from './early-keys';
import { isTypingTarget, matchShortcut, type ShortcutAction } from '../lib/shortcuts';
import { useCurrentViewStore } from '../stores/current-view-store';
import { useListLocationStore } from '../stores/list-location-store';
import { useOverlayStore } from '../stores/overlay-store';
import { useSelectionStore } from '../stores/selection-store';

/** Focuses an element that may not be rendered yet (a lazily loaded detail, a new page). */
function focusWhenReady(selector: string, tries = 60) {
  const element = document.querySelector<HTMLElement>(selector);
  if (element) element.focus();
  else if (tries > 0) requestAnimationFrame(() => focusWhenReady(selector, tries - 1));
}

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
            {
              list: listPath(useListLocationStore.getState().search),
              tags: '/tags',
              stats: '/stats',
            }[action.to],
          );
        case 'move': {
          if (openPaperId || location !== '/') return;
          const shown = useCurrentViewStore.getState().papers;
          const at = shown.findIndex((paper) => paper.id === selection.selectedId);
          const next = shown[Math.min(shown.length - 1, Math.max(0, at + action.by))];
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
      const { action, pendingG: next } = matchShortcut(event, pendingG.current);
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
