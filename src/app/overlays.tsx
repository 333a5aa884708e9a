import { lazy, Suspense } from 'react';
import type { CatalogueOutline } from '../lib/catalogue/catalogue-outline';
import { useOverlayStore } from '../stores/overlay-store';

const CommandPalette = lazy(() =>
  import('./command-palette').then((module) => ({ default: module.CommandPalette })),
);
const ShortcutHelp = lazy(() =>
  import('./shortcut-help').then((module) => ({ default: module.ShortcutHelp })),
);

export function Overlays({ outline }: { outline: CatalogueOutline }) {
  const open = useOverlayStore((state) => state.open);
  const show = useOverlayStore((state) => state.show);
  const close = () => show(null);
  return (
    <Suspense fallback={null}>
      {open === 'palette' && <CommandPalette key="palette" outline={outline} onClose={close} />}
      {open === 'help' && <ShortcutHelp key="help" onClose={close} />}
    </Suspense>
  );
}
