// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/lib/format-bytes';

describe('formatBytes', () => {
  it('shows sizes under 1 KB as whole bytes', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(500)).toBe('500 bytes');
    expect(formatBytes(1023)).toBe('1023 bytes');
    // A computed size (an average, a share of a quota) is still shown as whole bytes.
    expect(formatBytes(7.5)).toBe('8 bytes');
  });

  it('moves to the next unit at exactly 1024', () => {
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(1024 * 1024)).toBe('1 MB');
  });

  it('keeps one decimal under 10 of a unit, and none from 10 up', () => {
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(2.25 * 1024 * 1024)).toBe('2.3 MB');
    expect(formatBytes(10.56 * 1024)).toBe('11 KB');
    expect(formatBytes(10 * 1024)).toBe('10 KB');
    expect(formatBytes(734 * 1024 * 1024)).toBe('734 MB');
  });

  it('stops at TB for anything larger', () => {
    expect(formatBytes(5 * 1024 ** 5)).toBe('5120 TB');
  });
});
