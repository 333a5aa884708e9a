// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  isTypingTarget,
  matchListArrow,
  matchShortcut,
  SHORTCUT_HELP,
} from '../../src/lib/shortcuts';

const press = (
  key: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('matchShortcut', () => {
  it('maps single keys', () => {
    expect(matchShortcut(press('/'), false).action).toEqual({ kind: 'focus-search' });
    expect(matchShortcut(press('j'), false).action).toEqual({ kind: 'move', by: 1 });
    expect(matchShortcut(press('k'), false).action).toEqual({ kind: 'move', by: -1 });
    expect(matchShortcut(press('o'), false).action).toEqual({ kind: 'open' });
    expect(matchShortcut(press('3'), false).action).toEqual({ kind: 'status', status: 'reading' });
    expect(matchShortcut(press('?'), false).action).toEqual({ kind: 'help' });
    expect(matchShortcut(press('a'), false).action).toEqual({ kind: 'add-paper' });
    expect(matchShortcut(press('a', { ctrlKey: true }), false).action).toBeNull();
  });

  it('handles "g then" sequences', () => {
    const first = matchShortcut(press('g'), false);
    expect(first).toEqual({ action: null, pendingG: true });
    expect(matchShortcut(press('t'), true).action).toEqual({ kind: 'go', to: 'tags' });
    expect(matchShortcut(press('x'), true).action).toEqual({ kind: 'go', to: 'stats' });
    expect(matchShortcut(press('q'), true)).toEqual({ action: null, pendingG: false });
  });

  it('goes to every main view with "g then" a letter the help names', () => {
    const views = { l: 'list', s: 'list', n: 'next-up', t: 'tags', x: 'stats', e: 'settings' };
    const help = SHORTCUT_HELP.map((entry) => entry.keys).join('\n');
    for (const [key, to] of Object.entries(views)) {
      expect(matchShortcut(press(key), true)).toEqual({
        action: { kind: 'go', to },
        pendingG: false,
      });
      expect(help).toMatch(new RegExp(`g then (\\w or )?${key}\\b`));
    }
  });

  it('opens the palette with Ctrl+K or Cmd+K and ignores other modified keys', () => {
    expect(matchShortcut(press('k', { ctrlKey: true }), false).action).toEqual({ kind: 'palette' });
    expect(matchShortcut(press('K', { metaKey: true }), false).action).toEqual({ kind: 'palette' });
    expect(matchShortcut(press('j', { altKey: true }), false).action).toBeNull();
  });

  it('moves the list cursor with the arrows, and only unmodified ones', () => {
    expect(matchListArrow(press('ArrowDown'))).toEqual({ kind: 'move', by: 1, fromArrow: true });
    expect(matchListArrow(press('ArrowUp'))).toEqual({ kind: 'move', by: -1, fromArrow: true });
    expect(matchListArrow(press('ArrowDown', { altKey: true }))).toBeNull();
    expect(matchListArrow(press('ArrowLeft'))).toBeNull();
    expect(matchListArrow(press('j'))).toBeNull();
  });

  it('maps every status key, Enter and the tag and notes keys', () => {
    const statuses = { '1': 'unread', '2': 'to-read', '3': 'reading', '4': 'read' };
    for (const [key, status] of Object.entries(statuses)) {
      expect(matchShortcut(press(key), false).action).toEqual({ kind: 'status', status });
    }
    expect(matchShortcut(press('Enter'), false).action).toEqual({ kind: 'open' });
    expect(matchShortcut(press('t'), false).action).toEqual({ kind: 'focus-tag' });
    expect(matchShortcut(press('n'), false).action).toEqual({ kind: 'focus-notes' });
  });

  // A key that is not a lone "g" must end any sequence: otherwise the next "t" or "n" would
  // jump to a view instead of focusing the tag or notes field.
  it('leaves no "g then" sequence pending after any other key', () => {
    for (const key of ['1', 'j', 'Enter', 't', 'z']) {
      expect(matchShortcut(press(key), false).pendingG).toBe(false);
    }
    expect(matchShortcut(press('k', { ctrlKey: true }), false)).toEqual({
      action: { kind: 'palette' },
      pendingG: false,
    });
    expect(matchShortcut(press('g', { ctrlKey: true }), false)).toEqual({
      action: null,
      pendingG: false,
    });
    expect(matchShortcut(press('t', { altKey: true }), true)).toEqual({
      action: null,
      pendingG: false,
    });
  });

  it('leaves the arrows to the browser with Ctrl, Cmd or Alt held', () => {
    expect(matchListArrow(press('ArrowDown', { ctrlKey: true }))).toBeNull();
    expect(matchListArrow(press('ArrowUp', { metaKey: true }))).toBeNull();
    expect(matchListArrow(press('ArrowUp', { altKey: true }))).toBeNull();
  });

  it('knows when the user is typing', () => {
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    // The document itself (no element focused) has no tag name.
    expect(isTypingTarget({})).toBe(false);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: false })).toBe(false);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

// "Enter or o", "j / k" and "1 2 3 4" each name several keys.
const namedKeys = (keys: string) => keys.split(/ or | \/ /).flatMap((part) => part.split(' '));

describe('SHORTCUT_HELP', () => {
  it('names every key the app answers to, and says what each does', () => {
    const sequence = 'g then ';
    const direct = SHORTCUT_HELP.filter((entry) => !entry.keys.startsWith(sequence));
    const afterG = SHORTCUT_HELP.filter((entry) => entry.keys.startsWith(sequence));
    const directKeys = new Set(direct.flatMap((entry) => namedKeys(entry.keys)));
    const afterGKeys = new Set(
      afterG.flatMap((entry) => namedKeys(entry.keys.slice(sequence.length))),
    );
    const handled = ['/', '↓', '↑', 'j', 'k', 'Enter', 'o', 'Escape', '1', '2', '3', '4'];
    handled.push('t', 'n', 'a', 'Ctrl+K', '⌘K', '?');
    expect([...directKeys].sort()).toEqual(handled.sort());
    expect([...afterGKeys].sort()).toEqual(['e', 'l', 'n', 's', 't', 'x']);
    for (const entry of SHORTCUT_HELP) expect(entry.does).toMatch(/\w/);
  });
});
