import { act, renderHook } from '@testing-library/react';
import type { KeyboardEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useTagCombobox } from '../../../src/features/paper/use-tag-combobox';
import type { TagUse } from '../../../src/lib/tag-suggestions';

const SUGGESTIONS: TagUse[] = [
  { tag: 'robustness', count: 3 },
  { tag: 'reading group', count: 2 },
  { tag: 'review', count: 1 },
];

/** A key press as the input would receive it, recording what the handler did with it. */
function key(name: string, shiftKey = false) {
  const event = { key: name, shiftKey, preventDefault: vi.fn(), stopPropagation: vi.fn() };
  return event as typeof event & KeyboardEvent<HTMLInputElement>;
}

function renderCombobox(suggestions: readonly TagUse[] = SUGGESTIONS, initialText = 'r') {
  const setText = vi.fn();
  const add = vi.fn();
  const view = renderHook(({ text }) => useTagCombobox(text, setText, suggestions, add), {
    initialProps: { text: initialText },
  });
  const press = (name: string, shiftKey = false) => {
    const event = key(name, shiftKey);
    act(() => view.result.current.onKeyDown(event));
    return event;
  };
  return { ...view, setText, add, press };
}

describe('the Add tag combobox', () => {
  it('opens its suggestions on typing, and not for blank text or no suggestions', () => {
    const { result, setText } = renderCombobox();
    expect(result.current.expanded).toBe(false);
    act(() => result.current.onChange('ro'));
    expect(setText).toHaveBeenCalledWith('ro');
    expect(result.current.expanded).toBe(true);
    expect(result.current.active).toBe(-1);
    act(() => result.current.onChange('  '));
    expect(result.current.expanded).toBe(false);
    const none = renderCombobox([]);
    act(() => none.result.current.onChange('ro'));
    expect(none.result.current.expanded).toBe(false);
  });

  it('moves through the suggestions with the arrows, wrapping at both ends', () => {
    const { result, press } = renderCombobox();
    const down = press('ArrowDown');
    expect(down.preventDefault).toHaveBeenCalled();
    expect([result.current.expanded, result.current.active]).toEqual([true, 0]);
    press('ArrowDown');
    press('ArrowDown');
    expect(result.current.active).toBe(2);
    press('ArrowDown');
    expect(result.current.active).toBe(0);
    press('ArrowUp');
    expect(result.current.active).toBe(2);
    press('ArrowUp');
    expect(result.current.active).toBe(1);
  });

  it('opens at the last suggestion with ArrowUp', () => {
    const { result, press } = renderCombobox();
    press('ArrowUp');
    expect(result.current.active).toBe(2);
  });

  it('adds the highlighted suggestion with Enter, or else what was typed, and closes', () => {
    const highlighted = renderCombobox();
    highlighted.press('ArrowDown');
    highlighted.press('ArrowDown');
    const enter = highlighted.press('Enter');
    expect(enter.preventDefault).toHaveBeenCalled();
    expect(highlighted.add).toHaveBeenCalledWith('reading group');
    expect(highlighted.result.current.expanded).toBe(false);

    const typed = renderCombobox(SUGGESTIONS, 'my own tag');
    act(() => typed.result.current.onChange('my own tag'));
    typed.press('Enter');
    expect(typed.add).toHaveBeenCalledWith('my own tag');
  });

  it('completes with Tab: the highlighted suggestion, else the first; then lets Tab move on', () => {
    const first = renderCombobox();
    act(() => first.result.current.onChange('r'));
    const tab = first.press('Tab');
    expect(tab.preventDefault).toHaveBeenCalled();
    expect(first.setText).toHaveBeenLastCalledWith('robustness');
    expect(first.result.current.expanded).toBe(false);

    const chosen = renderCombobox();
    chosen.press('ArrowUp');
    chosen.press('Tab');
    expect(chosen.setText).toHaveBeenLastCalledWith('review');

    // The text already is the completion: Tab is not held back.
    const done = renderCombobox(SUGGESTIONS, 'robustness');
    act(() => done.result.current.onChange('robustness'));
    const again = done.press('Tab');
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(done.result.current.expanded).toBe(false);
  });

  it('leaves Shift+Tab and a Tab with the suggestions closed alone', () => {
    const { result, press, setText } = renderCombobox();
    expect(press('Tab').preventDefault).not.toHaveBeenCalled();
    act(() => result.current.onChange('r'));
    setText.mockClear();
    const back = press('Tab', true);
    expect(back.preventDefault).not.toHaveBeenCalled();
    expect(setText).not.toHaveBeenCalled();
    expect(result.current.expanded).toBe(true);
  });

  it('closes the suggestions with Escape without letting it close the paper', () => {
    const { result, press } = renderCombobox();
    act(() => result.current.onChange('r'));
    const escape = press('Escape');
    expect(escape.preventDefault).toHaveBeenCalled();
    expect(escape.stopPropagation).toHaveBeenCalled();
    expect(result.current.expanded).toBe(false);
    // Closed already: Escape goes on to close the paper.
    const next = press('Escape');
    expect(next.stopPropagation).not.toHaveBeenCalled();
  });

  it('gives each option an id under the list box, and chooses one when clicked', () => {
    const { result, add } = renderCombobox();
    expect(result.current.optionId(2)).toBe(`${result.current.listboxId}-2`);
    act(() => result.current.onChange('r'));
    act(() => result.current.choose('review'));
    expect(add).toHaveBeenCalledWith('review');
    expect(result.current.expanded).toBe(false);
  });

  it('ignores other keys', () => {
    const { result, press } = renderCombobox();
    act(() => result.current.onChange('r'));
    const other = press('a');
    expect(other.preventDefault).not.toHaveBeenCalled();
    expect(result.current.expanded).toBe(true);
  });
});
