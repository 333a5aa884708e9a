import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { useAddList } from '../../../src/features/settings/use-add-list';
import { resetDatabase } from '../../db/reset-database';
import { refuseWrites } from '../../db/refuse-writes';

beforeEach(resetDatabase);

const LIST =
  '# Awesome Widgets\n\n## Papers\n\n- [Widget Nets](https://arxiv.org/abs/2101.00001)\n';
const file = (text = LIST, name = 'widgets.md') =>
  new File([text], name, { type: 'text/markdown' });

describe('useAddList', () => {
  it('stops reading a file when cancelled, saving nothing', async () => {
    const { result } = renderHook(() => useAddList());
    act(() => result.current.add(file()));
    expect(result.current.state).toMatchObject({ kind: 'working', fileName: 'widgets.md' });
    act(() => result.current.cancel());
    expect(result.current.state).toEqual({
      kind: 'stopped',
      fileName: 'widgets.md',
      fetching: false,
    });
    // The read finishes in the background; its result is dropped.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(result.current.state.kind).toBe('stopped');
    expect(await db.lists.count()).toBe(0);
  });

  it('has nothing to cancel when nothing is under way', async () => {
    const { result } = renderHook(() => useAddList());
    act(() => result.current.cancel());
    expect(result.current.state).toEqual({ kind: 'idle' });
    act(() => result.current.add(file()));
    await waitFor(() => expect(result.current.state.kind).toBe('added'));
    act(() => result.current.cancel());
    expect(result.current.state.kind).toBe('added');
  });

  it('says the list could not be saved, and why, when the database refuses it', async () => {
    const { result } = renderHook(() => useAddList());
    await refuseWrites();
    act(() => result.current.add(file()));
    await waitFor(() => expect(result.current.state.kind).toBe('refused'));
    expect(result.current.state).toEqual({
      kind: 'refused',
      message:
        "The list could not be saved: Not saved: the browser's storage for this site is full.",
    });
  });

  it('lets a newer pick replace one under way', async () => {
    const { result } = renderHook(() => useAddList());
    act(() => result.current.add(file(LIST, 'first.md')));
    act(() => result.current.add(file(LIST.replace('Widgets', 'Gadgets'), 'second.md')));
    await waitFor(() => expect(result.current.state.kind).toBe('added'));
    expect(result.current.state).toMatchObject({
      message: expect.stringContaining('“Awesome Gadgets”'),
    });
  });

  it('refuses an address that is not a GitHub one, in words', async () => {
    const { result } = renderHook(() => useAddList());
    let added: boolean | undefined;
    await act(async () => {
      added = await result.current.addFromAddress('not an address');
    });
    expect(added).toBe(false);
    expect(result.current.state.kind).toBe('refused');
  });
});
