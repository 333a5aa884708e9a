import { useRef } from 'react';
import { useToastStore } from '../stores/toast-store';
import { useToastPlacement } from './use-toast-placement';

export function Toasts() {
  const toasts = useToastStore((state) => state.toasts);
  const dismiss = useToastStore((state) => state.dismiss);
  const ref = useRef<HTMLDivElement>(null);
  useToastPlacement(ref, toasts.at(-1)?.id ?? null);
  return (
    <div className="toasts" role="status" aria-live="polite" ref={ref}>
      {toasts.map((toast) => (
        <div key={toast.id} className="toast">
          <span className="toast__text">{toast.text}</span>
          {toast.undo && (
            <button
              type="button"
              className="button button--quiet toast__undo"
              onClick={() => {
                toast.undo?.();
                dismiss(toast.id);
              }}
            >
              Undo
            </button>
          )}
          <button
            type="button"
            className="button button--quiet toast__close"
            aria-label="Dismiss"
            onClick={() => dismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
