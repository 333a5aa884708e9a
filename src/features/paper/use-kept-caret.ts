import { useCallback, useLayoutEffect, useRef } from 'react';
import { mapOffset, spliceBetween } from '../../lib/text/text-splice';

/**
 * Keeps the caret (and selection) where the person left it when the text changes under it, a
 * change merged in from another tab or device: a text inserted above moves it down with the
 * words it was in, instead of the browser throwing it to the end.
 */
export function useKeptCaret(text: string) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const last = useRef({ text, start: 0, end: 0 });

  const remember = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    last.current = {
      text: element.value,
      start: element.selectionStart,
      end: element.selectionEnd,
    };
  }, []);

  useLayoutEffect(() => {
    const element = ref.current;
    const before = last.current;
    if (!element || before.text === text) return;
    const splice = spliceBetween(before.text, text);
    const start = mapOffset(before.start, splice);
    const end = mapOffset(before.end, splice);
    last.current = { text, start, end };
    if (document.activeElement === element) element.setSelectionRange(start, end);
  }, [text]);

  return { ref, remember };
}
