import { lazy, Suspense, useCallback } from 'react';
import type { CatalogueOutline } from '../lib/catalogue/catalogue-outline';
import type { ListedCatalogue } from '../lib/papers/listed-paper';
import { useOverlayStore } from '../stores/overlay-store';

const CommandPalette = lazy(() =>
  import('./command-palette').then((module) => ({ default: module.CommandPalette })),
);
const ShortcutHelp = lazy(() =>
  import('./shortcut-help').then((module) => ({ default: module.ShortcutHelp })),
);
const AddPaperDialog = lazy(() =>
  import('../features/add-paper/add-paper-dialog').then((module) => ({
    default: module.AddPaperDialog,
  })),
);

type OverlaysProps = {
  outline: CatalogueOutline;
  /** Every list, for "Add paper" to find a paper already on one and the palette to switch. */
  lists: readonly ListedCatalogue[];
  activeListId: string;
};

export function Overlays({ outline, lists, activeListId }: OverlaysProps) {
  const open = useOverlayStore((state) => state.open);
  const show = useOverlayStore((state) => state.show);
  const close = useCallback(() => show(null), [show]);
  return (
    <Suspense fallback={null}>
      {open === 'palette' && (
        <CommandPalette
          key="palette"
          outline={outline}
          lists={lists}
          activeListId={activeListId}
          onClose={close}
        />
      )}
      {open === 'help' && <ShortcutHelp key="help" onClose={close} />}
      {open === 'add-paper' && (
        <AddPaperDialog
          key="add-paper"
          lists={lists}
          activeListId={activeListId}
          outline={outline}
          onClose={close}
        />
      )}
    </Suspense>
  );
}
