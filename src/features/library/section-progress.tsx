import { ProgressBar } from '../../components/progress-bar';
import type { PaperState } from '../../lib/paper-state';

type SectionProgressProps = {
  paperIds: Iterable<string> | undefined;
  states: ReadonlyMap<string, PaperState> | undefined;
};

export function SectionProgress({ paperIds, states }: SectionProgressProps) {
  let total = 0;
  let read = 0;
  for (const id of paperIds ?? []) {
    total += 1;
    if (states?.get(id)?.status === 'read') read += 1;
  }
  return <ProgressBar done={read} total={total} label="read" />;
}
