import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setStatus } from '../../src/db/paper-writes';
import { addTag } from '../../src/db/tag-writes';
import { setListDensity } from '../../src/hooks/density-preference';
import { resetDatabase } from '../db/reset-database';
import { renderApp } from './render-app';

beforeEach(resetDatabase);
afterEach(() => setListDensity('cards'));

const SNAPSHOT = { title: 'T', url: 'https://e.org' };

describe('the compact view', () => {
  it('shows each paper on one line with its status, venue and year, and is chosen in the toolbar', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findAllByRole('article');
    const view = screen.getByRole('group', { name: 'View' });
    expect(within(view).getByRole('button', { name: 'Cards' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(view).getByRole('button', { name: 'Compact' }));
    const testing = screen.getByRole('article', { name: /Machine Learning Testing/ });
    expect(testing).toHaveClass('paper-line');
    expect(within(testing).getByText('TSE · 2020')).toBeInTheDocument();
    expect(within(testing).getByText('Unread', { selector: '.status-mark > *' })).toHaveClass(
      'visually-hidden',
    );
    expect(within(testing).getByRole('combobox', { name: 'Status' })).toHaveValue('unread');
    // One line: no description, authors or links.
    expect(within(testing).queryByRole('link', { name: /Paper/ })).toBeNull();
    expect(localStorage.getItem('readmark:density')).toBe('compact');
  });
});

describe('status at a glance', () => {
  it('marks every paper with its status, by name for screen readers', async () => {
    await setStatus('arxiv:1906.10742', 'read', SNAPSHOT);
    renderApp();
    const testing = await screen.findByRole('article', { name: /Machine Learning Testing/ });
    await waitFor(() => expect(testing).toHaveAttribute('data-status', 'read'));
    expect(within(testing).getByText('Read', { selector: '.visually-hidden' })).toBeVisible();
    const fuzzing = screen.getByRole('article', { name: /Fuzzing Automatic/ });
    expect(fuzzing).toHaveAttribute('data-status', 'unread');
  });
});

describe('tag chips', () => {
  it('filter the list by their tag, added to the filter there, without opening the paper', async () => {
    const user = userEvent.setup();
    await addTag('arxiv:1906.10742', 'survey', SNAPSHOT);
    renderApp('/?status=unread');
    const testing = await screen.findByRole('article', { name: /Machine Learning Testing/ });
    await user.click(
      await within(testing).findByRole('button', { name: 'Show papers tagged survey' }),
    );
    expect(window.location.pathname).toBe('/');
    expect(window.location.search).toBe('?status=unread&tag=survey');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    expect(screen.getByRole('button', { name: 'Remove tag filter survey' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
