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
