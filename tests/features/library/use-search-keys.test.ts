import { renderHook } from '@testing-library/react';
import type { KeyboardEvent } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSearchKeys } from '../../../src/features/library/use-search-keys';
import { cataloguePaper as paper } from '../../fixtures/catalogue-paper';
import { useCurrentViewStore } from '../../../src/stores/current-view-store';
import { useSelectionStore } from '../../../src/stores/selection-store';

beforeEach(() => {
  document.body.innerHTML = '<main id="main" tabindex="-1"></main>';
});
afterEach(() => {
  useCurrentViewStore.getState().setView([], null);
  useSelectionStore.getState().select(null);
});

function key(name: string, isComposing = false) {
  const event = { key: name, nativeEvent: { isComposing }, preventDefault: vi.fn() };
  return event as typeof event & KeyboardEvent<HTMLInputElement>;
}

function renderKeys(query: string) {
  const onChange = vi.fn();
  const { result } = renderHook(() => useSearchKeys(query, onChange));
  return { onKeyDown: result.current, onChange };
}

const selected = () => useSelectionStore.getState().selectedId;

describe('the search box keys', () => {
  it('clears the search in place with Escape, keeping the browser from clearing it itself', () => {
    useCurrentViewStore.getState().setView([paper('p1')], 'fuzz');
    const { onKeyDown, onChange } = renderKeys('fuzz');
    const escape = key('Escape');
    onKeyDown(escape);
    expect(escape.preventDefault).toHaveBeenCalled();
    expect(onChange).toHaveBeenCalledWith({ q: '' }, { replace: true });
    expect(selected()).toBeNull();
  });

  it('goes back to the list at the selected paper with Escape on an empty box', () => {
    useCurrentViewStore.getState().setView([paper('p1'), paper('p2')], '');
    useSelectionStore.getState().select('p2');
    const { onKeyDown, onChange } = renderKeys('');
    onKeyDown(key('Escape'));
    expect(onChange).not.toHaveBeenCalled();
    expect(selected()).toBe('p2');
  });

  it('moves to the first result with ArrowDown, or to the list when there is none', () => {
    useCurrentViewStore.getState().setView([paper('p1'), paper('p2')], 'fuzz');
    useSelectionStore.getState().select('p2');
    const down = key('ArrowDown');
    renderKeys('fuzz').onKeyDown(down);
    expect(down.preventDefault).toHaveBeenCalled();
    expect(selected()).toBe('p1');

    useCurrentViewStore.getState().setView([], 'nothing');
    renderKeys('nothing').onKeyDown(key('ArrowDown'));
    expect(document.activeElement).toBe(document.getElementById('main'));
  });

  it('leaves keys alone while a character is being composed, and other keys always', () => {
    useCurrentViewStore.getState().setView([paper('p1')], 'ふ');
    const { onKeyDown, onChange } = renderKeys('ふ');
    const composing = key('Escape', true);
    onKeyDown(composing);
    const other = key('a');
    onKeyDown(other);
    onKeyDown(key('ArrowDown', true));
    expect(composing.preventDefault).not.toHaveBeenCalled();
    expect(other.preventDefault).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
    expect(selected()).toBeNull();
  });
});
