import { useShortcuts, type ShortcutContext } from './use-shortcuts';

/** The keyboard shortcuts as a component, so they load on demand, after the list shows. */
export function KeyboardShortcuts(props: ShortcutContext) {
  useShortcuts(props);
  return null;
}
