import { render, screen, within } from '@testing-library/react';
import { setStatus } from '../../src/db/paper-writes';
import { addTag } from '../../src/db/tag-writes';
import { StatsPage } from '../../src/features/stats/stats-page';
import { outlineCatalogue } from '../../src/lib/catalogue/catalogue-outline';
import { paperPath } from '../../src/lib/paths';
import { resetDatabase } from '../db/reset-database';
import { sampleCatalogue } from '../fixtures/sample-catalogue';

const outline = outlineCatalogue(sampleCatalogue);
const [survey, fuzzing, debugging] = sampleCatalogue.papers.map((paper) => ({
  id: paper.id,
  title: paper.title,
  snapshot: { title: paper.title, url: paper.url },
}));

beforeEach(resetDatabase);

function renderStats() {
  return render(<StatsPage catalogue={sampleCatalogue} outline={outline} />);
}

describe('the stats page', () => {
  it('tells the user what to do when there is nothing to show yet', async () => {
    renderStats();
    expect(screen.getByRole('heading', { level: 2, name: 'Stats' })).toBeInTheDocument();
    expect(await screen.findAllByText(/Mark a paper as Read to see it here\./)).toHaveLength(2);
    expect(screen.getByText(/Set a paper’s status to Reading to see it here/)).toBeInTheDocument();
    expect(screen.getByText(/No tags yet/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('charts papers read, with a text alternative and a data table', async () => {
    // Noon today and noon 12 days before, in local time: 12 calendar days whatever the DST.
    const today = new Date();
    const [y, m, d] = [today.getFullYear(), today.getMonth(), today.getDate()];
    const now = new Date(y, m, d, 12).getTime();
    if (!survey || !fuzzing || !debugging) throw new Error('sample catalogue changed');
    await setStatus(survey.id, 'reading', survey.snapshot, new Date(y, m, d - 12, 12).getTime());
    await setStatus(survey.id, 'read', survey.snapshot, now);
    await setStatus(fuzzing.id, 'reading', fuzzing.snapshot, now);
    await addTag(debugging.id, 'ml', debugging.snapshot);
    await addTag(survey.id, 'ML', survey.snapshot);

    renderStats();
    const weekly = await screen.findByRole('img', {
      name: /^Papers read per week: 1 paper in total/,
    });
    expect(weekly.tagName.toLowerCase()).toBe('svg');
    expect(weekly).toHaveAttribute('viewBox');
    const table = screen.getByRole('table', { name: 'Papers read per week' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(13);
    expect(within(rows[12] as HTMLElement).getByRole('cell')).toHaveTextContent('1');
    expect(screen.getByRole('columnheader', { name: 'Week' })).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /^Papers read per month: 1 paper in total/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Papers read per month' })).toBeInTheDocument();

    expect(screen.getByText('12 days')).toBeInTheDocument();
    const reading = screen.getByRole('link', { name: fuzzing.title });
    expect(reading).toHaveAttribute('href', paperPath(fuzzing.id));
    expect(screen.getByRole('link', { name: '#ml' })).toHaveAttribute('href', '/?tag=ml');
    expect(screen.getByText('2 papers')).toBeInTheDocument();
  });

  it('shows progress for top-level and nested sections', async () => {
    if (!fuzzing) throw new Error('sample catalogue changed');
    await setStatus(fuzzing.id, 'read', fuzzing.snapshot);
    renderStats();
    const testing = await screen.findByRole('link', { name: 'Testing' });
    expect(testing.closest('li')).toHaveTextContent('1/2 read');
    expect(screen.getByRole('link', { name: 'Fuzzing' }).closest('li')).toHaveTextContent(
      '1/1 read',
    );
    expect(screen.getByRole('link', { name: 'Debugging' }).closest('li')).toHaveTextContent(
      '0/1 read',
    );
  });
});
