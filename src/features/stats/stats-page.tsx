import { useMemo, useState, type ReactNode } from 'react';
import { usePaperStates } from '../../db/use-paper-states';
import type { CatalogueOutline } from '../../lib/catalogue/catalogue-outline';
import type { Catalogue } from '../../lib/catalogue/schema';
import { readingStats } from '../../lib/stats/reading-stats';
import { BarChart } from './bar-chart';
import { monthBars, weekBars, type Bar } from './chart-bars';
import { CurrentlyReading } from './currently-reading';
import { FinishTime } from './finish-time';
import { SectionProgressList } from './section-progress-list';
import { StatsTotals } from './stats-totals';
import { TopTags } from './top-tags';
import './stats.css';

type StatsPageProps = { catalogue: Catalogue; outline: CatalogueOutline };

function Card({
  title,
  wide = false,
  children,
}: {
  title: string;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={wide ? 'stats-card stats-card--wide' : 'stats-card'}>
      <h3 className="stats-card__title">{title}</h3>
      {children}
    </section>
  );
}

function ChartCard(props: {
  title: string;
  period: string;
  span: string;
  bars: Bar[];
  labelEvery: number;
}) {
  const { title, period, span, bars, labelEvery } = props;
  const any = bars.some((bar) => bar.count > 0);
  return (
    <Card title={title}>
      {any ? (
        <BarChart title={title} periodHeader={period} bars={bars} labelEvery={labelEvery} />
      ) : (
        <p className="empty-state">
          No papers finished in the last {span}. Mark a paper as Read to see it here.
        </p>
      )}
    </Card>
  );
}

export function StatsPage({ catalogue, outline }: StatsPageProps) {
  const states = usePaperStates();
  // Fixed when the page opens: the weeks shown do not shift under the user while they read.
  const [now] = useState(() => new Date());
  const stats = useMemo(
    () => (states === undefined ? undefined : readingStats([...states.values()], outline, now)),
    [states, outline, now],
  );

  return (
    <main className="page stats" id="main" tabIndex={-1}>
      <h2 className="page__title">Stats</h2>
      {stats === undefined ? (
        <p className="muted">Loading stats…</p>
      ) : (
        <>
          <p className="muted">
            Your reading in {catalogue.title}: {stats.totals.papers} papers.
          </p>
          <StatsTotals totals={stats.totals} />
          <div className="stats-grid">
            <ChartCard
              title="Papers read per week"
              period="Week"
              span="12 weeks"
              bars={weekBars(stats.weeks)}
              labelEvery={2}
            />
            <ChartCard
              title="Papers read per month"
              period="Month"
              span="12 months"
              bars={monthBars(stats.months)}
              labelEvery={1}
            />
            <Card title="Currently reading">
              <CurrentlyReading reading={stats.reading} now={now} />
            </Card>
            <Card title="Time from start to finish">
              <FinishTime medianDays={stats.medianDaysToFinish} papers={stats.timedPapers} />
            </Card>
            <Card title="Progress by section" wide>
              <SectionProgressList sections={stats.sections} />
            </Card>
            <Card title="Most used tags" wide>
              <TopTags tags={stats.topTags} />
            </Card>
          </div>
        </>
      )}
    </main>
  );
}
