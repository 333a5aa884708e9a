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

  it('knows when the user is typing', () => {
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
