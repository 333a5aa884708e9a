import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useOptimisticValue } from '../../src/hooks/use-optimistic-value';

afterEach(() => vi.restoreAllMocks());

/** A write whose outcome the test decides, one call at a time. */
function heldWrite() {
  const calls: { value: string; resolve: () => void; reject: (error: Error) => void }[] = [];
  const write = vi.fn(
    (value: string) =>
      new Promise<void>((resolve, reject) => calls.push({ value, resolve, reject })),
  );
  return { write, calls };
}

describe('useOptimisticValue', () => {
  it('shows the chosen value at once, before the write lands', () => {
    const { write } = heldWrite();
    const { result } = renderHook(() => useOptimisticValue<string>('to-read', write));
    expect(result.current[0]).toBe('to-read');
    act(() => result.current[1]('read'));
    expect(result.current[0]).toBe('read');
    expect(write).toHaveBeenCalledWith('read');
  });

  it('shows what the database says once the stored value moves on', () => {
    const { write } = heldWrite();
    const { result, rerender } = renderHook(({ stored }) => useOptimisticValue(stored, write), {
      initialProps: { stored: 'to-read' },
    });
    act(() => result.current[1]('read'));
    // Another tab wrote something else meanwhile: that wins over the pending choice.
    rerender({ stored: 'reading' });
    expect(result.current[0]).toBe('reading');
    // And back again (Undo on another device): the choice made before both stays gone.
    rerender({ stored: 'to-read' });
    expect(result.current[0]).toBe('to-read');
  });

  it('drops the chosen value when the write fails, and reports the error', async () => {
    const { write, calls } = heldWrite();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { result } = renderHook(() => useOptimisticValue<string>('to-read', write));
    act(() => result.current[1]('read'));
    const failure = new Error('quota');
    await act(async () => calls[0]?.reject(failure));
    expect(result.current[0]).toBe('to-read');
    expect(logged).toHaveBeenCalledWith(failure);
  });

  it('writes with the newest write function after a re-render', () => {
    const first = heldWrite();
    const second = heldWrite();
    const { result, rerender } = renderHook(({ write }) => useOptimisticValue<string>('a', write), {
      initialProps: { write: first.write },
    });
    rerender({ write: second.write });
    act(() => result.current[1]('b'));
    expect(first.write).not.toHaveBeenCalled();
    expect(second.write).toHaveBeenCalledWith('b');
  });

  it('compares stored values by identity, so a new object means the database moved on', () => {
    const { write } = heldWrite();
    const { result, rerender } = renderHook(({ stored }) => useOptimisticValue(stored, write), {
      initialProps: { stored: 'x' },
    });
    act(() => result.current[1]('y'));
    rerender({ stored: 'x' });
    expect(result.current[0]).toBe('y');
  });
});
