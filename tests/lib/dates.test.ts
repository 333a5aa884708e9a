import { describe, expect, it } from 'vitest';
import { fromDateInputValue, toDateInputValue } from '../../src/lib/dates';

describe('date inputs', () => {
  it('round-trips a chosen day', () => {
    const time = fromDateInputValue('2024-02-29');
    expect(time).not.toBeNull();
    expect(toDateInputValue(time ?? undefined)).toBe('2024-02-29');
  });

  it('treats empty and malformed values as no date', () => {
    expect(fromDateInputValue('')).toBeNull();
    expect(fromDateInputValue('29/02/2024')).toBeNull();
    expect(toDateInputValue(undefined)).toBe('');
  });
});
