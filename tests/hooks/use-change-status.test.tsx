import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Toasts } from '../../src/app/toasts';
import { getPaperState } from '../../src/db/paper-queries';
import { flushAfterPendingWrites } from '../../src/db/save-status';
import { useChangeStatus } from '../../src/hooks/use-change-status';
import { resetDatabase, snapshotOf } from '../db/reset-database';
import { reach, statusFields, TRANSITIONS } from '../db/status-histories';

const ID = 'arxiv:1904.03257';
const snapshot = snapshotOf(ID);

beforeEach(resetDatabase);

describe('a status change and its Undo button', () => {
  it.each(TRANSITIONS)('puts back $from after a change to $to', async ({ steps, to }) => {
    const user = userEvent.setup();
    // What the app passes as `previous` is the stored record, as its live query read it.
    const before = await reach(ID, steps, snapshot);
    const { result } = renderHook(() => useChangeStatus());
    render(<Toasts />);
    await act(() => result.current(ID, to, snapshot, before));
    expect((await getPaperState(ID))?.status).toBe(to);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await act(() => flushAfterPendingWrites());
    expect(statusFields(await getPaperState(ID))).toEqual(statusFields(before));
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('does nothing, and offers no Undo, when the paper already has that status', async () => {
    const before = await reach(ID, ['reading'], snapshot);
    const { result } = renderHook(() => useChangeStatus());
    render(<Toasts />);
    await act(() => result.current(ID, 'reading', snapshot, before));
    expect(await getPaperState(ID)).toEqual(before);
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    // A paper with no record yet is unread.
    await act(() => result.current('arxiv:2001.00001', 'unread', snapshot, undefined));
    expect(await getPaperState('arxiv:2001.00001')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });
});
