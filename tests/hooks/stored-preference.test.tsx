import { act, renderHook } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storedPreference } from '../../src/hooks/stored-preference';

const KEY = 'test:flavour';
type Flavour = 'plain' | 'salt' | 'sweet';
const parse = (stored: string | null): Flavour =>
  stored === 'salt' || stored === 'sweet' ? stored : 'plain';
const flavour = () => storedPreference<Flavour>(KEY, parse, 'plain');

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('a stored preference', () => {
  it('reads the stored choice when made, through its parser', () => {
    expect(flavour().get()).toBe('plain');
    localStorage.setItem(KEY, 'salt');
    expect(flavour().get()).toBe('salt');
    localStorage.setItem(KEY, 'bitter');
    expect(flavour().get()).toBe('plain');
  });

  it('is the default when storage cannot be read at all', () => {
    localStorage.setItem(KEY, 'salt');
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(flavour().get()).toBe('plain');
  });

  it('stores a choice, and forgets it when set back to the default', () => {
    const preference = flavour();
    preference.set('sweet');
    expect(preference.get()).toBe('sweet');
    expect(localStorage.getItem(KEY)).toBe('sweet');
    preference.set('plain');
    expect(preference.get()).toBe('plain');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('still holds a choice for this visit when storage refuses the write', () => {
    const preference = flavour();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { result } = renderHook(() => preference.use());
    act(() => preference.set('salt'));
    expect(result.current).toBe('salt');
    expect(preference.get()).toBe('salt');
  });

  it('re-renders every user on a change, and none once unmounted', () => {
    const preference = flavour();
    let renders = 0;
    const gone = renderHook(() => {
      renders += 1;
      return preference.use();
    });
    const kept = renderHook(() => preference.use());
    act(() => preference.set('salt'));
    expect([gone.result.current, kept.result.current]).toEqual(['salt', 'salt']);
    gone.unmount();
    const before = renders;
    act(() => preference.set('sweet'));
    expect(renders).toBe(before);
    expect(kept.result.current).toBe('sweet');
  });

  it('is the default when rendered ahead of time, whatever is stored', () => {
    localStorage.setItem(KEY, 'salt');
    const preference = flavour();
    const Probe = () => <span>{preference.use()}</span>;
    expect(renderToString(<Probe />)).toContain('plain');
  });
});
