import { useEffect, useState } from 'react';
import type { AddListState } from './use-add-list';
import { LIST_TIME_LIMIT_MS } from './import-list-file';

type Working = Extract<AddListState, { kind: 'working' }>;

// The worker reports stages, not a fraction: the Markdown parser is one call that says nothing
// until it is done. Steps in the order they come; a list from an address is fetched, not read.
const STEPS: Record<Working['stage'], string> = {
  fetching: 'fetching it from GitHub',
  reading: 'reading the file',
  checking: 'checking its size and shape',
  parsing: 'parsing Markdown and reading entries',
  saving: 'saving the list',
};
const ORDER: Record<Working['from'], Working['stage'][]> = {
  file: ['reading', 'checking', 'parsing', 'saving'],
  address: ['fetching', 'checking', 'parsing', 'saving'],
};

/** Seconds since `since`, ticking, so a long parse visibly goes on. */
function useSecondsSince(since: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, Math.floor((now - since) / 1000));
}

export function AddListProgress({
  fileName,
  from,
  stage,
  startedAt,
  onCancel,
}: Working & { onCancel: () => void }) {
  const seconds = useSecondsSince(startedAt);
  const order = ORDER[from];
  // Reading a fetched file is instant: it counts as the end of fetching.
  const step = Math.max(1, order.indexOf(stage) + 1);
  const verb = stage === 'fetching' ? 'Fetching' : 'Reading';
  const limited = stage !== 'fetching' && stage !== 'saving';
  return (
    <div className="add-list__progress">
      <p>
        {/* The stage is announced; the ticking seconds would be noise to a screen reader. */}
        <span role="status">
          {verb} {fileName}…{' '}
          <span className="muted">
            {STEPS[order[step - 1] ?? stage]} (step {step} of {order.length})
          </span>
        </span>
        {seconds > 0 && (
          <span className="muted">
            {' '}
            · {seconds} s{limited && `, stops at ${LIST_TIME_LIMIT_MS / 1000} s`}
          </span>
        )}
      </p>
      <progress max={order.length} value={step} aria-label={`Reading ${fileName}`} />
      {stage !== 'saving' && (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
