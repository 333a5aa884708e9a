import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getNextUpOrder, saveNextUpOrder } from '../../../src/db/next-up-order';
import { useNextUp } from '../../../src/features/next-up/use-next-up';
import { resetDatabase } from '../../db/reset-database';
import { refuseWrites } from '../../db/refuse-writes';

beforeEach(resetDatabase);
afterEach(() => vi.restoreAllMocks());

const TO_READ = ['a', 'b', 'c'];
const ALL = new Set(TO_READ);

function renderNextUp() {
  const view = renderHook(() => useNextUp(TO_READ, ALL));
  return view;
}

describe('useNextUp', () => {
  it('is undefined until the stored order is read, then the To read papers in list order', async () => {
    const { result } = renderNextUp();
    expect(result.current.ids).toBeUndefined();
    await waitFor(() => expect(result.current.ids).toEqual(['a', 'b', 'c']));
  });

  it('shows a move at once, and saves it', async () => {
    const { result } = renderNextUp();
    await waitFor(() => expect(result.current.ids).toBeDefined());
    act(() => result.current.move(2, 0));
    expect(result.current.ids).toEqual(['c', 'a', 'b']);
    await waitFor(async () => expect(await getNextUpOrder()).toEqual(['c', 'a', 'b']));
    // A second move starts from the first one's order, before or after it is stored.
    act(() => result.current.move(2, 1));
    expect(result.current.ids).toEqual(['c', 'b', 'a']);
    await waitFor(async () => expect(await getNextUpOrder()).toEqual(['c', 'b', 'a']));
    expect(result.current.ids).toEqual(['c', 'b', 'a']);
  });

  it('follows an order written by another tab', async () => {
    const { result } = renderNextUp();
    await waitFor(() => expect(result.current.ids).toBeDefined());
    act(() => result.current.move(0, 2));
    await waitFor(async () => expect(await getNextUpOrder()).toEqual(['b', 'c', 'a']));
    await act(() => saveNextUpOrder(['c', 'a', 'b']));
    await waitFor(() => expect(result.current.ids).toEqual(['c', 'a', 'b']));
  });

  it('goes back to the stored order when the save fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { result } = renderNextUp();
    await waitFor(() => expect(result.current.ids).toBeDefined());
    await refuseWrites();
    act(() => result.current.move(0, 2));
    expect(result.current.ids).toEqual(['b', 'c', 'a']);
    await waitFor(() => expect(result.current.ids).toEqual(['a', 'b', 'c']));
  });

  it('does nothing on a move before the order is read', () => {
    const { result } = renderNextUp();
    act(() => result.current.move(0, 2));
    expect(result.current.ids).toBeUndefined();
  });
});
