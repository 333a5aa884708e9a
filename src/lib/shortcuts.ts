import type { ReadingStatus } from './reading-status';

/** The main views "g then a letter" goes to. */
export type GoTarget = 'list' | 'next-up' | 'tags' | 'stats' | 'settings';

export type ShortcutAction =
  | { kind: 'focus-search' }
  | { kind: 'move'; by: 1 | -1; fromArrow?: true }
  | { kind: 'open' }
  | { kind: 'status'; status: ReadingStatus }
  | { kind: 'focus-tag' }
  | { kind: 'focus-notes' }
  | { kind: 'go'; to: GoTarget }
  | { kind: 'help' }
  | { kind: 'palette' }
  | { kind: 'add-paper' };

export type KeyPress = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean };

/** What each shortcut does: the help overlay is generated from this list. */
export const SHORTCUT_HELP: readonly { keys: string; does: string }[] = [
  { keys: '/', does: 'Search' },
  { keys: '↓ / ↑', does: 'From search into the results, and through them' },
  { keys: 'j / k', does: 'Next / previous paper' },
  { keys: 'Enter or o', does: 'Open the selected paper' },
  { keys: 'Escape', does: 'Close the paper; in search, clear it, then back to the list' },
  { keys: '1 2 3 4', does: 'Unread, To read, Reading, Read' },
  { keys: 't', does: 'Add a tag' },
  { keys: 'n', does: 'Write notes' },
  { keys: 'a', does: 'Add a paper by its link' },
  { keys: 'g then l or s', does: 'Go to the list' },
  { keys: 'g then n', does: 'Go to Next up' },
  { keys: 'g then t', does: 'Go to tags' },
  { keys: 'g then x', does: 'Go to stats' },
  { keys: 'g then e', does: 'Go to settings' },
  { keys: 'Ctrl+K or ⌘K', does: 'Command palette' },
  { keys: '?', does: 'This help' },
];

const STATUS_KEYS: Record<string, ReadingStatus> = {
  '1': 'unread',
  '2': 'to-read',
  '3': 'reading',
  '4': 'read',
};
const GO_KEYS: Record<string, GoTarget> = {
  l: 'list',
  s: 'list',
  n: 'next-up',
  t: 'tags',
  x: 'stats',
  e: 'settings',
};

/**
 * Maps a key press to an action. `pendingG` says whether the previous key was a lone "g"
 * (the first half of a "g then …" sequence); the result says whether this one is.
 */
export function matchShortcut(
  press: KeyPress,
  pendingG: boolean,
): { action: ShortcutAction | null; pendingG: boolean } {
  const { key } = press;
  if ((press.ctrlKey || press.metaKey) && key.toLowerCase() === 'k') {
    return { action: { kind: 'palette' }, pendingG: false };
  }
  if (press.ctrlKey || press.metaKey || press.altKey) return { action: null, pendingG: false };
  if (pendingG) {
    const to = GO_KEYS[key];
    return { action: to ? { kind: 'go', to } : null, pendingG: false };
  }
  if (key === 'g') return { action: null, pendingG: true };
  const status = STATUS_KEYS[key];
  if (status) return { action: { kind: 'status', status }, pendingG: false };
  const simple: Record<string, ShortcutAction> = {
    '/': { kind: 'focus-search' },
    j: { kind: 'move', by: 1 },
    k: { kind: 'move', by: -1 },
    Enter: { kind: 'open' },
    o: { kind: 'open' },
    t: { kind: 'focus-tag' },
    n: { kind: 'focus-notes' },
    a: { kind: 'add-paper' },
    '?': { kind: 'help' },
  };
  return { action: simple[key] ?? null, pendingG: false };
}

/** ArrowDown / ArrowUp on a paper of the list move the cursor, as j / k do. */
export function matchListArrow(press: KeyPress): ShortcutAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === 'ArrowDown') return { kind: 'move', by: 1, fromArrow: true };
  if (press.key === 'ArrowUp') return { kind: 'move', by: -1, fromArrow: true };
  return null;
}

/** Typing in a field must never trigger a shortcut (Escape is left to the field and dialogs). */
export function isTypingTarget(target: { tagName?: string; isContentEditable?: boolean } | null) {
  if (!target) return false;
  const tag = target.tagName?.toLowerCase();
  return (
    tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable === true
  );
}
