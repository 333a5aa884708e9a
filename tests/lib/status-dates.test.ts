import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PaperState } from '../../src/lib/paper-state';
import { READING_STATUSES } from '../../src/lib/reading-status';
import {
  dateCorrectionProblem,
  datesForStatus,
  holdsDate,
  normaliseStatusDates,
} from '../../src/lib/status-dates';
import { stateArb } from './backup/backup-fixtures';

const day = (n: number, hour = 12) => new Date(2024, 2, n, hour).getTime();

const paper = (overrides: Partial<PaperState>): PaperState => ({
  id: 'p',
  title: 'T',
  url: 'https://x.org',
  status: 'unread',
  note: '',
  tags: [],
  createdAt: 1,
  updatedAt: 2,
  ...overrides,
});

// Whether a record keeps the rules: each status holds only its dates, and started ≤ finished.
function keepsRules(state: PaperState): boolean {
  const held = (field: 'startedAt' | 'finishedAt') =>
    holdsDate(state.status, field) || state[field] === undefined;
  const ordered =
    state.startedAt === undefined ||
    state.finishedAt === undefined ||
    state.startedAt <= state.finishedAt;
  const needed =
    (state.status !== 'reading' || state.startedAt !== undefined) &&
    (state.status !== 'read' || state.finishedAt !== undefined);
  return held('startedAt') && held('finishedAt') && ordered && needed;
}

describe('datesForStatus', () => {
  const read = { status: 'read' as const, startedAt: day(1), finishedAt: day(5) };

  it('drops both dates when a paper goes back to To read or Unread', () => {
    expect(datesForStatus(read, 'to-read', day(9))).toEqual({});
    expect(datesForStatus(read, 'unread', day(9))).toEqual({});
  });

  it('keeps the started date and drops the finished one when reading again', () => {
    expect(datesForStatus(read, 'reading', day(9))).toEqual({ startedAt: day(1) });
  });

  it('starts today when reading begins, and finishes today when read', () => {
    expect(datesForStatus({ status: 'to-read' }, 'reading', day(9))).toEqual({ startedAt: day(9) });
    expect(datesForStatus({ status: 'reading', startedAt: day(2) }, 'read', day(9))).toEqual({
      startedAt: day(2),
      finishedAt: day(9),
    });
    expect(datesForStatus({ status: 'unread' }, 'read', day(9))).toEqual({
      startedAt: day(9),
      finishedAt: day(9),
    });
  });

  it('keeps the finished date of a paper already marked Read', () => {
    expect(datesForStatus(read, 'read', day(9))).toEqual({ startedAt: day(1), finishedAt: day(5) });
  });

  it('finishes today, not on a stale finished date, a paper that was not marked Read', () => {
    // A record from another device or an older version may carry one; it is not this finish.
    const stale = { status: 'reading' as const, startedAt: day(2), finishedAt: day(5) };
    expect(datesForStatus(stale, 'read', day(9))).toEqual({
      startedAt: day(2),
      finishedAt: day(9),
    });
  });

  it('never leaves a started date after the finished one', () => {
    expect(datesForStatus({ status: 'reading', startedAt: day(20) }, 'read', day(9))).toEqual({
      startedAt: day(9),
      finishedAt: day(9),
    });
  });
});

describe('normaliseStatusDates', () => {
  it('brings any record in line with the rules, once and for all (property)', () => {
    fc.assert(
      fc.property(stateArb(fc.constant('p')), (state) => {
        const once = normaliseStatusDates(state);
        expect(keepsRules(once)).toBe(true);
        expect(normaliseStatusDates(once)).toBe(once);
        // Only the dates may change.
        const withoutDates = (s: PaperState) => ({ ...s, startedAt: 0, finishedAt: 0 });
        expect(withoutDates(once)).toEqual(withoutDates(state));
      }),
      { numRuns: 500 },
    );
  });

  it('returns the same record when nothing is wrong', () => {
    const fine = paper({ status: 'read', startedAt: day(1), finishedAt: day(2) });
    expect(normaliseStatusDates(fine)).toBe(fine);
  });

  it('dates a missing start or finish by the status change, and drops dates not held', () => {
    expect(normaliseStatusDates(paper({ status: 'reading', statusChangedAt: 7 }))).toMatchObject({
      startedAt: 7,
    });
    expect(normaliseStatusDates(paper({ status: 'read', updatedAt: 9 }))).toMatchObject({
      finishedAt: 9,
    });
    const toRead = normaliseStatusDates(paper({ status: 'to-read', startedAt: 1, finishedAt: 2 }));
    expect(toRead).not.toHaveProperty('startedAt');
    expect(toRead).not.toHaveProperty('finishedAt');
  });
});

describe('dateCorrectionProblem', () => {
  const read = { status: 'read' as const, startedAt: day(10, 15), finishedAt: day(12) };

  it('refuses a finished day before the started day, naming the started day', () => {
    expect(dateCorrectionProblem(read, 'finishedAt', day(9))).toMatch(
      /^Finished can’t be before Started \(.*2024\)\.$/,
    );
    expect(dateCorrectionProblem(read, 'startedAt', day(13))).toMatch(
      /^Started can’t be after Finished/,
    );
  });

  it('names the day in words, in the user’s language', () => {
    const month = new Intl.DateTimeFormat(undefined, { month: 'short' }).format(day(10));
    // Not 3/10/2024, which reads as 10 March or 3 October depending on who reads it.
    expect(dateCorrectionProblem(read, 'finishedAt', day(9))).toContain(month);
  });

  it('lets either date move freely on its own side of the other', () => {
    // An earlier start and a later finish are checked against the other date only.
    expect(dateCorrectionProblem(read, 'startedAt', day(3))).toBeNull();
    expect(dateCorrectionProblem(read, 'finishedAt', day(20))).toBeNull();
  });

  it('compares days, not hours: the same day is fine', () => {
    expect(dateCorrectionProblem(read, 'finishedAt', day(10))).toBeNull();
    expect(dateCorrectionProblem(read, 'startedAt', day(12))).toBeNull();
  });

  it('refuses dates a status does not hold, and clearing one it needs', () => {
    for (const status of READING_STATUSES) {
      for (const field of ['startedAt', 'finishedAt'] as const) {
        const problem = dateCorrectionProblem({ status }, field, day(1));
        expect(problem === null).toBe(holdsDate(status, field));
      }
    }
    expect(dateCorrectionProblem(read, 'finishedAt', null)).toMatch(/keeps its finished date/);
    expect(dateCorrectionProblem({ status: 'reading', startedAt: 1 }, 'startedAt', null)).toMatch(
      /keeps its started date/,
    );
    expect(dateCorrectionProblem(read, 'startedAt', null)).toBeNull();
  });
});
