import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../src/db/database';
import { getPaperState } from '../../src/db/paper-queries';
import { saveNote } from '../../src/db/paper-writes';
import { paperPath } from '../../src/lib/paths';
import { resetDatabase } from '../db/reset-database';
import { renderApp } from './render-app';

const ID = 'arxiv:2302.04351';
const TITLE = 'Fuzzing Automatic Differentiation in Deep-Learning Libraries';

beforeEach(resetDatabase);

// jsdom has no <dialog> behaviour; the browser's is tested end to end.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

async function openDetail() {
  renderApp(paperPath(ID));
  return screen.findByRole('dialog', { name: TITLE });
}

describe('paper detail', () => {
  it('opens from the list and shows links', async () => {
    const user = userEvent.setup();
    renderApp();
    const card = await screen.findByRole('article', { name: TITLE });
    await user.click(within(card).getByRole('link', { name: TITLE }));
    const dialog = await screen.findByRole('dialog', { name: TITLE });
    expect(window.location.pathname).toBe('/paper/arxiv%3A2302.04351');
    const open = within(dialog).getByRole('link', { name: 'Open paper' });
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(dialog).getByRole('link', { name: 'Review' })).toBeInTheDocument();
  });

  it('names every author, "et al." as the list has it', async () => {
    const dialog = await openDetail();
    expect(within(dialog).getByText('Chenyuan Yang, Yinlin Deng et al.')).toHaveClass(
      'detail__authors',
    );
  });

  it('sets the status and records the dates', async () => {
    const user = userEvent.setup();
    const dialog = await openDetail();
    const status = within(dialog).getByRole('radiogroup', { name: 'Status' });
    await waitFor(() =>
      expect(within(status).getByRole('radio', { name: 'Reading' })).toBeEnabled(),
    );
    await user.click(within(status).getByRole('radio', { name: 'Reading' }));
    await waitFor(async () => expect((await getPaperState(ID))?.status).toBe('reading'));
    await user.click(within(status).getByRole('radio', { name: 'Read' }));
    await waitFor(async () => expect((await getPaperState(ID))?.finishedAt).toBeTypeOf('number'));
    await waitFor(() => expect(within(status).getByRole('radio', { name: 'Read' })).toBeChecked());
    await waitFor(() => expect(within(dialog).getByLabelText('Finished')).not.toHaveValue(''));
  });

  it('autosaves the note and says so', async () => {
    const user = userEvent.setup();
    const dialog = await openDetail();
    const notes = within(dialog).getByRole('textbox', { name: 'Notes' });
    await waitFor(() => expect(notes).not.toHaveAttribute('readonly'));
    await user.type(notes, '# Idea{Enter}Use *grad* checks');
    await waitFor(() => expect(within(dialog).getByText('Saved')).toBeInTheDocument());
    expect((await getPaperState(ID))?.note).toBe('# Idea\nUse *grad* checks');
  });

  it('shows the stored note and never blanks it before it has loaded', async () => {
    await saveNote(ID, 'kept note', { title: TITLE, url: 'https://example.org/x' });
    const dialog = await openDetail();
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Notes' })).toHaveValue('kept note'),
    );
    expect((await getPaperState(ID))?.note).toBe('kept note');
  });

  it('keeps the text on screen and says "Not saved" when the write fails', async () => {
    const user = userEvent.setup();
    const dialog = await openDetail();
    const notes = within(dialog).getByRole('textbox', { name: 'Notes' });
    await waitFor(() => expect(notes).not.toHaveAttribute('readonly'));
    await act(async () => {
      db.close();
      db.use({
        stack: 'dbcore',
        name: 'fail',
        create: (down) => ({
          ...down,
          table: (name) => ({
            ...down.table(name),
            mutate: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
          }),
        }),
      });
      await db.open();
    });
    await user.type(notes, 'precious words');
    await waitFor(() =>
      expect(
        within(dialog).getAllByText(/Not saved: the browser's storage/).length,
      ).toBeGreaterThan(0),
    );
    expect(notes).toHaveValue('precious words');
    expect(within(dialog).queryByText('Saved')).not.toBeInTheDocument();
  });

  it('adds tags with Enter and removes them with their button', async () => {
    const user = userEvent.setup();
    const dialog = await openDetail();
    const input = within(dialog).getByRole('combobox', { name: 'Add tag' });
    await user.type(input, 'autodiff{Enter}');
    await user.type(input, '#to cite{Enter}');
    await waitFor(async () =>
      expect((await getPaperState(ID))?.tags).toEqual(['autodiff', 'to cite']),
    );
    expect(input).toHaveValue('');
    await user.click(within(dialog).getByRole('button', { name: 'Remove tag autodiff' }));
    await waitFor(async () => expect((await getPaperState(ID))?.tags).toEqual(['to cite']));
  });

  it('renders a hostile note as inert text in the preview', async () => {
    const user = userEvent.setup();
    const hostile = [
      '<script>alert(1)</script>',
      'A [x](javascript:alert(1)) and [y](JaVaScRiPt:alert(1)) link.',
      '<img src=x onerror=alert(1)>',
      'Inline <b onmouseover=alert(1)>bold</b> text.',
    ].join('\n\n');
    await saveNote(ID, hostile, { title: TITLE, url: 'https://example.org/x' });
    const dialog = await openDetail();
    await user.click(within(dialog).getByRole('button', { name: 'Preview' }));
    await within(dialog).findByText(/link\./, {}, { timeout: 4000 });
    for (const label of ['x', 'y']) {
      expect(within(dialog).getByText(label).getAttribute('href') ?? '').not.toMatch(/javascript/i);
    }
    expect(dialog.querySelector('script, img, b, [onerror], [onmouseover]')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Write' }));
  });
});
