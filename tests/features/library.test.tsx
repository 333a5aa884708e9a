import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getPaperState } from '../../src/db/paper-queries';
import { addTag } from '../../src/db/tag-writes';
import { SEARCH_URL_DELAY_MS } from '../../src/features/library/use-list-query';
import { resetDatabase } from '../db/reset-database';
import { renderApp } from './render-app';

beforeEach(resetDatabase);

const titles = () =>
  screen
    .getAllByRole('article')
    .map(
      (article) =>
        article.getAttribute('aria-labelledby') && within(article).getByRole('heading').textContent,
    );

describe('the list', () => {
  it('shows every paper with its venue, year and description', async () => {
    renderApp();
    expect(await screen.findAllByRole('article')).toHaveLength(3);
    const testing = screen.getByRole('article', { name: /Machine Learning Testing/ });
    expect(within(testing).getByText('TSE · 2020')).toBeInTheDocument();
    // Descriptions show as plain text until the Markdown renderer has loaded.
    expect((await within(testing).findByText('survey')).tagName).toBe('STRONG');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Sample Reading List');
  });

  it("shows a paper's authors on one line: three names, then how many more", async () => {
    renderApp();
    const testing = await screen.findByRole('article', { name: /Machine Learning Testing/ });
    const authors = within(testing).getByText('Jie M. Zhang, Mark Harman, Lei Ma +1');
    expect(authors).toHaveClass('paper-card__authors');
    expect(authors).toHaveAttribute('title', 'Jie M. Zhang, Mark Harman, Lei Ma, Yang Liu');
    const fuzzing = screen.getByRole('article', { name: /Fuzzing Automatic/ });
    expect(within(fuzzing).getByText('Chenyuan Yang, Yinlin Deng et al.')).toBeInTheDocument();
    const debugging = screen.getByRole('article', { name: /Debugging Machine/ });
    expect(debugging.querySelector('.paper-card__authors')).toBeNull();
  });

  it("finds papers by an author's name", async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findAllByRole('article');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'harman');
    await waitFor(() =>
      expect(titles()).toEqual(['Machine Learning Testing: Survey, Landscapes and Horizons']),
    );
  });

  it('narrows the list as you type a search, and says how many match', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findAllByRole('article');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'decision');
    await waitFor(() => expect(titles()).toEqual(['Debugging Machine Learning Pipelines']));
    expect(screen.getByText('1 of 3 papers')).toBeInTheDocument();
  });

  it('puts the search in the address once typing pauses, not on every keystroke', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findAllByRole('article');
    const writes = vi.spyOn(window.history, 'replaceState');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'decision');
    expect(window.location.search).toBe('');
    await waitFor(() => expect(window.location.search).toBe('?q=decision'));
    expect(writes).toHaveBeenCalledTimes(1);
  });

  it('puts the search in the address at once when the box is left', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findAllByRole('article');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'decision');
    await user.tab();
    expect(window.location.search).toBe('?q=decision');
  });

  it('drops a search not yet in the address when the address changes under it', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findAllByRole('article');
    const box = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search' });
    await user.type(box, 'decision');
    // As Back or a link does: the list's address changes before the typing is written there.
    act(() => {
      window.history.pushState(null, '', '/?q=fuzzing');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitFor(() => expect(box.value).toBe('fuzzing'));
    await new Promise((resolve) => setTimeout(resolve, SEARCH_URL_DELAY_MS + 100));
    expect(window.location.search).toBe('?q=fuzzing');
    expect(box.value).toBe('fuzzing');
  });

  it('finds notes that arrive many at once (a restore), once they are indexed', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findAllByRole('article');
    const box = screen.getByRole('searchbox', { name: 'Search' });
    // The index is ready (and has the states of the start) once a search answers.
    await user.type(box, 'decision');
    await waitFor(() => expect(titles()).toEqual(['Debugging Machine Learning Pipelines']));
    await user.clear(box);
    const { db } = await import('../../src/db/database');
    const now = Date.now();
    // Papers gone from the list, each with a note: far more than are indexed at once.
    await db.papers.bulkPut(
      Array.from({ length: 400 }, (_, i) => ({
        id: `url:example.org/restored-${i}`,
        title: `Restored paper ${i}`,
        url: `https://example.org/restored-${i}`,
        status: 'unread' as const,
        note: `restored note about aardvark${i}`,
        tags: [],
        createdAt: now,
        updatedAt: now,
      })),
    );
    await user.type(box, 'aardvark377');
    await waitFor(() => expect(titles()).toEqual(['Restored paper 377']));
  });

  it('finds a paper by the text of its note', async () => {
    const user = userEvent.setup();
    renderApp();
    const card = await screen.findByRole('article', { name: /Fuzzing Automatic/ });
    expect(card).toBeInTheDocument();
    const { saveNote } = await import('../../src/db/paper-writes');
    await saveNote('arxiv:2302.04351', 'gradients everywhere', {
      title: 'F',
      url: 'https://e.org',
    });
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'gradient');
    await waitFor(() =>
      expect(titles()).toEqual(['Fuzzing Automatic Differentiation in Deep-Learning Libraries']),
    );
  });

  it('changes a status right in the list and filters by it', async () => {
    const user = userEvent.setup();
    renderApp();
    const card = await screen.findByRole('article', { name: /Debugging Machine/ });
    await user.selectOptions(within(card).getByRole('combobox', { name: 'Status' }), 'Read');
    await waitFor(async () =>
      expect((await getPaperState('doi:10.1145/3329486.3329489'))?.status).toBe('read'),
    );
    await user.click(
      within(screen.getByRole('group', { name: 'Filter by status' })).getByRole('button', {
        name: 'Read',
      }),
    );
    await waitFor(() => expect(titles()).toEqual(['Debugging Machine Learning Pipelines']));
    expect(window.location.search).toBe('?status=read');
    expect(screen.getAllByText('1/3 read').length).toBeGreaterThan(0);
  });

  it('filters by tag and by section', async () => {
    const user = userEvent.setup();
    await addTag('arxiv:1906.10742', 'survey', { title: 'T', url: 'https://e.org' });
    renderApp();
    await screen.findAllByRole('article');
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Filter by tag' }),
      'survey',
    );
    await waitFor(() =>
      expect(titles()).toEqual(['Machine Learning Testing: Survey, Landscapes and Horizons']),
    );
    await user.click(screen.getByRole('button', { name: 'Remove tag filter survey' }));
    await user.click(screen.getByRole('button', { name: /^Testing/ }));
    // Subsections count towards their parent.
    await waitFor(() => expect(titles()).toHaveLength(2));
    expect(window.location.search).toBe('?section=testing');
  });

  it('keeps papers gone from the list, by name, under their own heading', async () => {
    const { setStatus } = await import('../../src/db/paper-writes');
    await setStatus('url:example.org/vanished', 'read', {
      title: 'A Vanished Paper',
      url: 'https://example.org/vanished',
    });
    renderApp();
    expect(
      await screen.findByRole('heading', { name: 'Not in this list any more' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'A Vanished Paper' })).toBeInTheDocument();
    // The rows beyond the visible ones follow a frame after the list changes.
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(4));
  });
});
