import { act, render, screen, within } from '@testing-library/react';
import { AppHeader } from '../../src/app/app-header';
import { getPaperState } from '../../src/db/paper-queries';
import { saveNote, setStatus } from '../../src/db/paper-writes';
import { resetDatabase, snapshotOf } from '../db/reset-database';
import { refuseWrites } from '../db/refuse-writes';

const FULL = "Not saved: the browser's storage for this site is full.";
const SAVED = 'All changes saved';
const snapshot = snapshotOf('p1');

beforeEach(resetDatabase);

// Every text the element shows, in order: a "saved" that only flashes by is a lie too.
function recordTexts(element: HTMLElement): string[] {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(element.textContent ?? ''));
  observer.observe(element, { childList: true, subtree: true, characterData: true });
  return seen;
}

function renderHeader(): HTMLElement {
  render(<AppHeader title="Reading list" read={0} total={1} />);
  return within(screen.getByRole('banner')).getByRole('status');
}

describe('the header after a refused write', () => {
  it('says "Not saved", never "All changes saved", until a later write lands', async () => {
    const indicator = renderHeader();
    await act(() => setStatus('p1', 'reading', snapshot));
    expect(indicator).toHaveTextContent(SAVED);

    const allowWrites = await refuseWrites();
    const texts = recordTexts(indicator);
    await act(() => expect(setStatus('p1', 'read', snapshot)).rejects.toThrow(FULL));
    expect(indicator).toHaveTextContent(FULL);
    expect(indicator).toHaveAttribute('data-state', 'error');
    expect(indicator).toHaveAttribute('title', 'Not saved: the status');

    // Another refused write, seen while it is pending and after it fails, changes nothing.
    await act(async () => {
      const note = saveNote('p1', 'precious words', snapshot);
      expect(indicator).toHaveTextContent(FULL);
      await expect(note).rejects.toThrow(FULL);
    });
    expect(indicator).toHaveTextContent(FULL);
    expect(indicator).toHaveAttribute('title', 'Not saved: the note');
    expect(texts.filter((text) => text.includes(SAVED))).toEqual([]);
    expect(await getPaperState('p1')).toMatchObject({ status: 'reading', note: '' });

    allowWrites();
    await act(() => setStatus('p1', 'read', snapshot));
    expect(indicator).toHaveTextContent(SAVED);
    expect(indicator).toHaveAttribute('data-state', 'saved');
    expect(indicator).not.toHaveAttribute('title');
    expect(await getPaperState('p1')).toMatchObject({ status: 'read' });
  });
});
