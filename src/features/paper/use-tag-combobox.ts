import { useId, useState, type KeyboardEvent } from 'react';
import type { TagUse } from '../../lib/tag-suggestions';

/**
 * The keyboard of the "Add tag" combobox (the ARIA 1.2 pattern with a list of suggestions):
 * ArrowDown and ArrowUp move through the suggestions (opening them), Enter adds the highlighted
 * one or else what was typed, Tab completes the text with the highlighted (or first) suggestion,
 * Escape closes the suggestions without leaving the field.
 */
export function useTagCombobox(
  text: string,
  setText: (text: string) => void,
  suggestions: readonly TagUse[],
  add: (tag: string) => void,
) {
  const listboxId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const expanded = open && suggestions.length > 0;
  const highlighted = expanded && active >= 0 ? suggestions[active] : undefined;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (tag: string) => {
    add(tag);
    close();
  };
  const move = (step: 1 | -1) => {
    const last = suggestions.length - 1;
    setOpen(true);
    if (!expanded) return setActive(step === 1 ? 0 : last);
    setActive(active + step > last ? 0 : active + step < 0 ? last : active + step);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(highlighted?.tag ?? text);
    } else if (event.key === 'Tab' && expanded && !event.shiftKey) {
      const completion = (highlighted ?? suggestions[0])?.tag;
      // Only a completion that changes the text holds Tab back; the next Tab moves on.
      if (completion !== undefined && completion !== text) {
        event.preventDefault();
        setText(completion);
      }
      close();
    } else if (event.key === 'Escape' && expanded) {
      // Closes the suggestions only, not the paper around them.
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const onChange = (value: string) => {
    setText(value);
    setOpen(value.trim() !== '');
    setActive(-1);
  };

  return {
    listboxId,
    expanded,
    active: highlighted ? active : -1,
    optionId: (index: number) => `${listboxId}-${index}`,
    onKeyDown,
    onChange,
    choose,
    close,
  };
}
