import { describe, expect, it } from 'vitest';
import { toastPlacement, type Box } from '../../src/lib/toast-placement';

const box = (top: number, bottom: number, left = 0, right = 390): Box => ({
  top,
  bottom,
  left,
  right,
});

// A phone: 844 px high, toasts 84 px high, 16 px from the edge.
const toasts = box(744, 828, 12, 378);

describe('toastPlacement', () => {
  it('stays at the bottom when nothing is there', () => {
    expect(toastPlacement(toasts, 844, 16, box(340, 390), [box(500, 700)])).toBe('bottom');
  });

  it('moves to the top when the notes editor reaches the bottom', () => {
    expect(toastPlacement(toasts, 844, 16, box(340, 390), [box(578, 960)])).toBe('top');
  });

  it('moves to the top when the control in use is at the bottom', () => {
    expect(toastPlacement(toasts, 844, 16, box(780, 820), [])).toBe('top');
  });

  it('keeps off the control in use when both places cover something', () => {
    expect(toastPlacement(toasts, 844, 16, box(780, 820), [box(0, 120)])).toBe('top');
    expect(toastPlacement(toasts, 844, 16, box(20, 60), [box(600, 900)])).toBe('bottom');
  });

  it('moves to the top when a button sits just above the bottom margin', () => {
    // The toasts at the bottom span 744–828: a button at 730–760 is under them.
    expect(toastPlacement(toasts, 844, 16, box(730, 760), [])).toBe('top');
  });

  it('stays at the bottom over what lies in the margin below it', () => {
    expect(toastPlacement(toasts, 844, 16, box(832, 842), [])).toBe('bottom');
  });

  it('does not count boxes that only touch its edges', () => {
    // Toasts at the bottom span 744–828 down and 12–378 across.
    for (const edge of [
      box(700, 744),
      box(828, 844),
      box(760, 800, 0, 12),
      box(760, 800, 378, 390),
    ]) {
      expect(toastPlacement(toasts, 844, 16, edge, [])).toBe('bottom');
    }
  });

  it('keeps to the bottom when nothing in use is there and both places are covered', () => {
    // The focused field is mid-screen; a sticky header and the notes editor cover top and bottom.
    expect(toastPlacement(toasts, 844, 16, box(340, 390), [box(0, 120), box(600, 900)])).toBe(
      'bottom',
    );
  });

  it('stays at the bottom when the control in use fills the screen', () => {
    expect(toastPlacement(toasts, 844, 16, box(0, 844), [])).toBe('bottom');
  });

  it('ignores what lies beside it', () => {
    const wide = box(818, 870, 16, 496);
    expect(toastPlacement(wide, 900, 16, null, [box(500, 900, 720, 1400)])).toBe('bottom');
  });
});
