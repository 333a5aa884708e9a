import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getNextUpOrder, saveNextUpOrder } from '../../src/db/next-up-order';
import { getPaperState } from '../../src/db/paper-queries';
import { setStatus } from '../../src/db/paper-writes';
import { NextUpPage } from '../../src/features/next-up/next-up-page';
import { outlineCatalogue } from '../../src/lib/catalogue/catalogue-outline';
import type { Catalogue } from '../../src/lib/catalogue/schema';
import { paperPath } from '../../src/lib/paths';
import { useToastStore } from '../../src/stores/toast-store';
import { resetDatabase } from '../db/reset-database';
import { sampleCatalogue } from '../fixtures/sample-catalogue';

const extra = (id: string, title: string, section: string) => ({
  id,
  title,
  url: `https://example.org/${id}`,
  sectionIds: [section],
  tags: [],
  links: [],
});
const catalogue: Catalogue = {
  ...sampleCatalogue,
  papers: [
    ...sampleCatalogue.papers,
    extra('p:alpha', 'Alpha', 'fuzzing'),
    extra('p:beta', 'Beta', 'fuzzing'),
    extra('p:gamma', 'Gamma', 'fuzzing'),
  ],
};
const outline = outlineCatalogue(catalogue);
const snapshot = (title: string) => ({ title, url: 'https://example.org/x' });

beforeEach(resetDatabase);

async function markToRead(...ids: string[]) {
  for (const id of ids) await setStatus(id, 'to-read', snapshot(id));
}

function renderNextUp() {
  return render(<NextUpPage catalogue={catalogue} outline={outline} />);
}

async function titles() {
  const list = await screen.findByRole('list', { name: 'Next up' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => within(item).getAllByRole('link')[0]?.textContent);
}

describe('the Next up page', () => {
  it('explains how to add papers when nothing is To read', async () => {
    renderNextUp();
    expect(screen.getByRole('heading', { level: 2, name: 'Next up' })).toBeInTheDocument();
    expect(await screen.findByText(/Set a paper’s status to To read/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Next up' })).not.toBeInTheDocument();
  });

  it('lists To read papers in the saved order, then new ones in list order', async () => {
    await markToRead('p:alpha', 'p:beta', 'p:gamma');
    await saveNextUpOrder(['p:gamma', 'gone', 'p:alpha']);
    renderNextUp();
    await waitFor(async () => expect(await titles()).toEqual(['Gamma', 'Alpha', 'Beta']));
    expect(screen.getByRole('link', { name: 'Gamma' })).toHaveAttribute(
      'href',
      paperPath('p:gamma'),
    );
  });

  it('shows the first author, venue and year under each title', async () => {
    await markToRead('arxiv:1906.10742', 'p:alpha');
    renderNextUp();
    const list = await screen.findByRole('list', { name: 'Next up' });
    expect(await within(list).findByText('Jie M. Zhang et al. · TSE · 2020')).toHaveClass(
      'next-up-row__meta',
    );
    expect(within(list).getAllByText(/·/)).toHaveLength(1);
  });

  it('moves a paper with the buttons, saves, announces, and keeps focus', async () => {
    const user = userEvent.setup();
    await markToRead('p:alpha', 'p:beta', 'p:gamma');
    renderNextUp();
    const up = await screen.findByRole('button', { name: 'Move up Alpha' });
    expect(up).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Move down Gamma' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );

    await user.click(up);
    expect(await titles()).toEqual(['Alpha', 'Beta', 'Gamma']);

    const down = screen.getByRole('button', { name: 'Move down Alpha' });
    await user.click(down);
    await waitFor(async () => expect(await titles()).toEqual(['Beta', 'Alpha', 'Gamma']));
    expect(screen.getByRole('status')).toHaveTextContent('Moved Alpha to position 2 of 3');
    expect(screen.getByRole('button', { name: 'Move down Alpha' })).toHaveFocus();

    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await titles()).toEqual(['Beta', 'Gamma', 'Alpha']));
    expect(screen.getByRole('button', { name: 'Move down Alpha' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Move down Alpha' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Moved Alpha to position 3 of 3');
    await waitFor(async () =>
      expect(await getNextUpOrder()).toEqual(['p:beta', 'p:gamma', 'p:alpha']),
    );
  });

  it('reorders by dragging a row by its handle', async () => {
    await markToRead('p:alpha', 'p:beta', 'p:gamma');
    const { container } = renderNextUp();
    const list = await screen.findByRole('list', { name: 'Next up' });
    const rows = within(list).getAllByRole('listitem');
    // jsdom has no layout: rows 40 px tall, one under the other.
    rows.forEach((row, index) => {
      row.getBoundingClientRect = () => new DOMRect(0, index * 40, 300, 40);
    });
    const handle = container.querySelectorAll('.next-up-row__handle')[0] as HTMLElement;
    fireEvent.pointerDown(handle, { button: 0, clientY: 20 });
    fireEvent.pointerMove(window, { clientY: 70 });
    fireEvent.pointerUp(window, { clientY: 70 });
    await waitFor(async () => expect(await titles()).toEqual(['Beta', 'Alpha', 'Gamma']));
    expect(screen.getByRole('status')).toHaveTextContent('Moved Alpha to position 2 of 3');
    await waitFor(async () =>
      expect(await getNextUpOrder()).toEqual(['p:beta', 'p:alpha', 'p:gamma']),
    );
  });

  it('suggests unread papers from sections being read, and adds one to Next up', async () => {
    const user = userEvent.setup();
    await setStatus('p:alpha', 'read', snapshot('Alpha'));
    await markToRead('p:beta');
    renderNextUp();
    const suggestions = await screen.findByRole('region', {
      name: 'Suggested from sections you are reading',
    });
    const add = await within(suggestions).findByRole('button', { name: 'Add Gamma to Next up' });
    expect(within(suggestions).getByText('Chenyuan Yang et al. · ICSE · 2023')).toBeInTheDocument();
    expect(
      within(suggestions).queryByRole('button', { name: 'Add Beta to Next up' }),
    ).not.toBeInTheDocument();
    await user.click(add);
    await waitFor(async () => expect(await titles()).toEqual(['Beta', 'Gamma']));
    expect((await getPaperState('p:gamma'))?.status).toBe('to-read');
    expect(screen.getByRole('status')).toHaveTextContent('Added Gamma to Next up');
  });

  it('starts reading a paper from its row, focus going to the next row', async () => {
    const user = userEvent.setup();
    await markToRead('p:alpha', 'p:beta');
    renderNextUp();
    const start = await screen.findByRole('button', { name: 'Start reading Alpha' });
    start.focus();
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await titles()).toEqual(['Beta']));
    expect((await getPaperState('p:alpha'))?.status).toBe('reading');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Start reading Beta' })).toHaveFocus(),
    );
    expect(useToastStore.getState().toasts[0]?.text).toBe('Marked Reading: “Alpha”');

    await user.keyboard('{Enter}');
    expect(await screen.findByText(/Nothing to read next yet/)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'Next up' })).toHaveFocus(),
    );
  });

  it('removes a paper from its row, and Undo puts it back in its place', async () => {
    const user = userEvent.setup();
    await markToRead('p:alpha', 'p:beta', 'p:gamma');
    renderNextUp();
    await user.click(await screen.findByRole('button', { name: 'Remove Beta from Next up' }));
    await waitFor(async () => expect(await titles()).toEqual(['Alpha', 'Gamma']));
    expect((await getPaperState('p:beta'))?.status).toBe('unread');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove Gamma from Next up' })).toHaveFocus(),
    );

    const toast = useToastStore.getState().toasts[0];
    expect(toast?.text).toBe('Marked Unread: “Beta”');
    toast?.undo?.();
    await waitFor(async () => expect(await titles()).toEqual(['Alpha', 'Beta', 'Gamma']));
    expect((await getPaperState('p:beta'))?.status).toBe('to-read');
  });
});
