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

  it('ignores what lies beside it', () => {
    const wide = box(818, 870, 16, 496);
    expect(toastPlacement(wide, 900, 16, null, [box(500, 900, 720, 1400)])).toBe('bottom');
  });
});
