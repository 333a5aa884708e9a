type StatusScreenProps = {
  title: string;
  message?: string;
  action?: { label: string; onClick: () => void };
};

/** A full-page loading or error state: never a blank page. */
export function StatusScreen({ title, message, action }: StatusScreenProps) {
  return (
    <main className="status-screen" aria-live="polite">
      <h1>{title}</h1>
      {message && <p>{message}</p>}
      {action && (
        <button type="button" className="button button--primary" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </main>
  );
}
