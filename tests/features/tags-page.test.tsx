import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getAllPaperStates } from '../../src/db/paper-queries';
import { addTag } from '../../src/db/tag-writes';
import { resetDatabase } from '../db/reset-database';
import { renderApp } from './render-app';

const snapshot = { title: 'T', url: 'https://example.org/t' };

beforeEach(async () => {
  await resetDatabase();
  await addTag('p1', 'ml', snapshot);
  await addTag('p2', 'ml', snapshot);
  await addTag('p2', 'survey', snapshot);
  await addTag('p3', 'Surveys', snapshot);
});

async function tagsOf() {
  return Object.fromEntries((await getAllPaperStates()).map((state) => [state.id, state.tags]));
}

describe('the tag view', () => {
  it('lists every tag with its count', async () => {
    renderApp('/tags');
    const list = await screen.findByRole('list');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    expect(within(list).getByText('2 papers')).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: '#ml' })).toHaveAttribute('href', '/?tag=ml');
  });

  it('renames a tag across all papers', async () => {
    const user = userEvent.setup();
    renderApp('/tags');
    await user.click(await screen.findByRole('button', { name: 'Rename tag ml' }));
    const input = screen.getByRole('textbox', { name: 'New name for ml' });
    await user.clear(input);
    await user.type(input, 'machine learning{Enter}');
    await waitFor(async () =>
      expect(await tagsOf()).toEqual({
        p1: ['machine learning'],
        p2: ['machine learning', 'survey'],
        p3: ['Surveys'],
      }),
    );
  });

  it('merges one tag into another', async () => {
    const user = userEvent.setup();
    renderApp('/tags');
    await user.click(await screen.findByRole('button', { name: 'Merge tag Surveys' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Merge into' }), 'survey');
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    await waitFor(async () => expect((await tagsOf()).p3).toEqual(['survey']));
  });

  it('deletes a tag only after confirmation', async () => {
    const user = userEvent.setup();
    renderApp('/tags');
    await user.click(await screen.findByRole('button', { name: 'Delete tag ml' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await tagsOf()).p1).toEqual(['ml']);
    await user.click(screen.getByRole('button', { name: 'Delete tag ml' }));
    await user.click(screen.getByRole('button', { name: 'Delete tag' }));
    await waitFor(async () => expect((await tagsOf()).p2).toEqual(['survey']));
  });
});
