import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './modal-dialog.css';

type ModalDialogProps = {
  onClose: () => void;
  labelledBy: string;
  className: string;
  /** A centred card with the app's frame and backdrop; without it the class styles it all. */
  card?: boolean;
  children: ReactNode;
};

/**
 * A native modal dialog: Escape closes it, focus stays inside, and the page behind is inert and
 * hidden from assistive technology while it is open. Focus returns to where it was on close.
 */
export function ModalDialog({
  onClose,
  labelledBy,
  className,
  card = false,
  children,
}: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    const background = document.getElementById('root');
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    background?.setAttribute('aria-hidden', 'true');
    background?.setAttribute('inert', '');
    return () => {
      background?.removeAttribute('aria-hidden');
      background?.removeAttribute('inert');
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return createPortal(
    <dialog
      ref={dialogRef}
      className={card ? `dialog-card ${className}` : className}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        className={card ? `dialog-card__content ${className}__content` : `${className}__content`}
      >
        {children}
      </div>
    </dialog>,
    document.body,
  );
}
