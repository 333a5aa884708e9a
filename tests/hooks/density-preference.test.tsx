import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const KEY = 'readmark:density';

afterEach(() => {
  localStorage.clear();
  vi.resetModules();
});

/** A fresh copy of the module, reading storage as it is now (as at a page load). */
async function load() {
  vi.resetModules();
  return import('../../src/hooks/density-preference');
}

describe('the list density preference', () => {
  it('is cards until the user chooses, and remembered on this device once chosen', async () => {
    const first = await load();
    const { result } = renderHook(() => first.useListDensity());
    expect(result.current).toBe('cards');
    act(() => first.setListDensity('compact'));
    expect(result.current).toBe('compact');
    expect(localStorage.getItem(KEY)).toBe('compact');

    const reloaded = await load();
    expect(renderHook(() => reloaded.useListDensity()).result.current).toBe('compact');
  });

  it('forgets the choice when set back to the default', async () => {
    localStorage.setItem(KEY, 'compact');
    const { setListDensity } = await load();
    setListDensity('cards');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('ignores a value it does not know', async () => {
    localStorage.setItem(KEY, 'dense');
    const { useListDensity } = await load();
    expect(renderHook(() => useListDensity()).result.current).toBe('cards');
  });

  it('still switches for this visit when storage refuses the write', async () => {
    const { setListDensity, useListDensity } = await load();
    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { result } = renderHook(() => useListDensity());
    act(() => setListDensity('compact'));
    expect(result.current).toBe('compact');
    refuse.mockRestore();
  });
});
