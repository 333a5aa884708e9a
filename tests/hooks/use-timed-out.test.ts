import { renderHook } from '@testing-library/react';
import { act } from 'react';
import { useTimedOut } from '../../src/hooks/use-timed-out';

describe('useTimedOut', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('turns true once running has lasted the time, and false when it stops', () => {
    const { result, rerender } = renderHook(({ running }) => useTimedOut(running, 100), {
      initialProps: { running: true },
    });
    act(() => vi.advanceTimersByTime(99));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
    rerender({ running: false });
    expect(result.current).toBe(false);
  });

  it('starts counting again after a break', () => {
    const { result, rerender } = renderHook(({ running }) => useTimedOut(running, 100), {
      initialProps: { running: true },
    });
    act(() => vi.advanceTimersByTime(60));
    rerender({ running: false });
    rerender({ running: true });
    act(() => vi.advanceTimersByTime(60));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(40));
    expect(result.current).toBe(true);
  });

  it('never turns true while not running', () => {
    const { result } = renderHook(() => useTimedOut(false, 100));
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe(false);
  });
});
