import { lazy, Suspense } from 'react';
import { useOverlayStore } from '../../stores/overlay-store';
import type { OpenExportProps } from './open-export';

// Everything an export needs (the exporters, My papers, the dialog) loads when it is opened.
const OpenExport = lazy(() =>
  import('./open-export').then((module) => ({ default: module.OpenExport })),
);

type ExportButtonProps = Omit<OpenExportProps, 'onClose'>;

export function ExportButton(props: ExportButtonProps) {
  // An app-wide overlay, so the command palette can open it too.
  const open = useOverlayStore((state) => state.open === 'export');
  const show = useOverlayStore((state) => state.show);
  return (
    <>
      <button type="button" className="button" onClick={() => show('export')}>
        Export
      </button>
      {open && (
        <Suspense fallback={null}>
          <OpenExport {...props} onClose={() => show(null)} />
        </Suspense>
      )}
    </>
  );
}
