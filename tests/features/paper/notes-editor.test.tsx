import { act, fireEvent, render, screen } from '@testing-library/react';
import { getPaperState } from '../../../src/db/paper-queries';
import { flushAfterPendingWrites } from '../../../src/db/save-status';
import { NotesEditor } from '../../../src/features/paper/notes-editor';
import { AUTOSAVE_DELAY_MS } from '../../../src/features/paper/use-note-autosave';
import { resetDatabase, snapshotOf } from '../../db/reset-database';

const ID = 'arxiv:1904.03257';
const snapshot = snapshotOf(ID);
// Spelled out, not imported: the key is a stored format, and a draft journaled by one version
// of the app must be found by the next.
const JOURNAL_KEY = `readmark:note-draft:${ID}`;

function journaledText(): string | undefined {
  const entry = localStorage.getItem(JOURNAL_KEY);
  return entry === null ? undefined : (JSON.parse(entry) as { text: string }).text;
}

beforeEach(async () => {
  await resetDatabase();
  localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the notes editor', () => {
  it('journals every keystroke at once, long before the autosave', async () => {
    // The autosave's timer stands still (fake-indexeddb schedules with setImmediate, not this).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    render(<NotesEditor paperId={ID} stored={null} snapshot={snapshot} />);
    const notes = screen.getByRole('textbox', { name: 'Notes' });

    // One change event per keystroke, as the browser sends them. (user-event's async steps
    // would wait on the stopped timers.)
    let typed = '';
    for (const key of 'Grad checks!\nSee §3.') {
      typed += key;
      fireEvent.change(notes, { target: { value: typed } });
      expect(journaledText()).toBe(typed);
    }
    // No time has passed: the autosave has not run, so the journal is the only copy.
    expect(screen.getByRole('status')).toHaveTextContent('Editing…');
    expect(await getPaperState(ID)).toBeNull();

    await act(async () => {
      vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
      await flushAfterPendingWrites();
    });
    expect((await getPaperState(ID))?.note).toBe(typed);
    // Once exactly this text is stored, the journal lets go of it.
    expect(journaledText()).toBeUndefined();
  });
});

describe('a change stored from elsewhere while the editor is open', () => {
  const stored = (note: string) => ({
    id: ID,
    ...snapshot,
    status: 'unread' as const,
    note,
    tags: [],
    createdAt: 1,
    updatedAt: 1,
  });

  it('is merged into what is being typed, and the caret stays with its words', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { rerender } = render(
      <NotesEditor paperId={ID} stored={stored('the middle')} snapshot={snapshot} />,
    );
    const notes = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' });
    notes.focus();
    // Typed at the end, not saved yet; then the caret put back after "the middle".
    fireEvent.change(notes, { target: { value: 'the middle, typed here' } });
    notes.setSelectionRange(10, 10);
    fireEvent.select(notes);

    // Another device put words at the start.
    rerender(
      <NotesEditor paperId={ID} stored={stored('From afar: the middle')} snapshot={snapshot} />,
    );
    expect(notes).toHaveValue('From afar: the middle, typed here');
    expect(notes.selectionStart).toBe(21);
    expect(notes.selectionEnd).toBe(21);
    expect(journaledText()).toBe('From afar: the middle, typed here');

    await act(async () => {
      vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
      await flushAfterPendingWrites();
    });
    expect((await getPaperState(ID))?.note).toBe('From afar: the middle, typed here');
  });

  it('shows as it is when nothing here is waiting to be saved', () => {
    const { rerender } = render(
      <NotesEditor paperId={ID} stored={stored('one')} snapshot={snapshot} />,
    );
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    rerender(<NotesEditor paperId={ID} stored={stored('one, then two')} snapshot={snapshot} />);
    expect(notes).toHaveValue('one, then two');
  });
});
