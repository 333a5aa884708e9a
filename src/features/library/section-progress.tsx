import { ProgressBar } from '../../components/progress-bar';

export type SectionCounts = { read: number; total: number };

export function SectionProgress({ counts }: { counts: SectionCounts | undefined }) {
  return <ProgressBar done={counts?.read ?? 0} total={counts?.total ?? 0} label="read" />;
}
