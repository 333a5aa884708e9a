// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergedNoteMarker, mergeStates } from '../../../src/lib/backup/merge-states';
import type { PaperState } from '../../../src/lib/paper-state';
import { normaliseStatusDates } from '../../../src/lib/status-dates';
import { stateArb } from './backup-fixtures';

function state(overrides: Partial<PaperState> = {}): PaperState {
  return {
    id: 'a',
    title: 'T',
    url: 'https://x.org',
    status: 'unread',
    note: '',
    tags: [],
    createdAt: 10,
    updatedAt: 20,
    ...overrides,
  };
}

const sideArb = fc.uniqueArray(stateArb(fc.constantFrom('a', 'b', 'c', 'd', 'e')), {
  selector: (s) => s.id,
  maxLength: 5,
});

// A status never chosen (unread, undated) counts as the oldest.
const statusTime = (s: PaperState) =>
  s.statusChangedAt ?? (s.status === 'unread' ? 0 : s.updatedAt);
const noteTime = (s: PaperState) => s.noteUpdatedAt ?? s.updatedAt;
const tagsTime = (s: PaperState) => s.tagsUpdatedAt ?? s.updatedAt;

describe('mergeStates', () => {
  it('keeps papers found on one side only as they are', () => {
    const mine = state({ id: 'a', note: 'mine' });
    const theirs = state({ id: 'b', note: 'theirs' });
    const { merged, conflicts } = mergeStates([mine], [theirs]);
    expect(merged[0]).toBe(mine);
    expect(merged[1]).toBe(theirs);
    expect(conflicts).toBe(0);
  });

  it('takes each field group from the side that changed it last', () => {
    const current = state({
      status: 'read',
      statusChangedAt: 100,
      startedAt: 50,
      finishedAt: 100,
      note: 'old',
      noteUpdatedAt: 10,
      tags: ['x'],
      tagsUpdatedAt: 300,
      title: 'Current',
      createdAt: 5,
      updatedAt: 300,
    });
    const incoming = state({
      status: 'reading',
      statusChangedAt: 200,
      startedAt: 150,
      note: 'old and new',
      noteUpdatedAt: 250,
      tags: ['y'],
      tagsUpdatedAt: 200,
      title: 'Incoming',
      createdAt: 3,
      updatedAt: 250,
    });
    const { merged, conflicts } = mergeStates([current], [incoming]);
    expect(merged[0]).toEqual({
      id: 'a',
      title: 'Current',
      url: 'https://x.org',
      status: 'reading',
      statusChangedAt: 200,
      startedAt: 150,
      note: 'old and new',
      noteUpdatedAt: 250,
      tags: ['x'],
      tagsUpdatedAt: 300,
      createdAt: 3,
      updatedAt: 300,
    });
    expect(conflicts).toBe(0);
  });

  it('falls back to updatedAt when a group has no time of its own', () => {
    const current = state({ status: 'read', updatedAt: 500, tags: ['new'] });
    const incoming = state({
      status: 'to-read',
      statusChangedAt: 400,
      tags: ['old'],
      updatedAt: 450,
    });
    const [merged] = mergeStates([current], [incoming]).merged;
    expect(merged).toMatchObject({ status: 'read', tags: ['new'], updatedAt: 500 });
    expect(merged?.statusChangedAt).toBeUndefined();
  });

  it('keeps both notes when both were edited apart, newer first, and counts the conflict', () => {
    const current = state({ note: 'Written on the laptop.', noteUpdatedAt: Date.UTC(2026, 0, 1) });
    const incoming = state({ note: 'Written on the phone.', noteUpdatedAt: Date.UTC(2026, 0, 2) });
    const { merged, conflicts } = mergeStates([current], [incoming]);
    expect(merged[0]?.note).toBe(
      'Written on the phone.\n\n---\n\n**Kept from an earlier version of this note (edited 2026-01-01T00:00:00.000Z):**\n\nWritten on the laptop.',
    );
    expect(merged[0]?.note).toBe(
      `Written on the phone.${mergedNoteMarker(Date.UTC(2026, 0, 1))}Written on the laptop.`,
    );
    expect(merged[0]?.noteUpdatedAt).toBe(Date.UTC(2026, 0, 2));
    expect(conflicts).toBe(1);
  });

  it('keeps the longer note when one contains the other, and one of two equal notes', () => {
    const longer = state({ note: 'Short. And more.', noteUpdatedAt: 1 });
    const shorter = state({ note: 'Short.', noteUpdatedAt: 9 });
    expect(mergeStates([longer], [shorter])).toEqual({
      merged: [{ ...longer, noteUpdatedAt: 9 }],
      conflicts: 0,
    });
    expect(
      mergeStates([state({ note: 'Kept' })], [state({ note: '', noteUpdatedAt: 99 })]).merged[0]
        ?.note,
    ).toBe('Kept');
    expect(mergeStates([state({ note: 'Same' })], [state({ note: 'Same' })])).toMatchObject({
      merged: [{ note: 'Same' }],
      conflicts: 0,
    });
  });

  it('on a tie keeps the current side, and its note first', () => {
    const current = state({
      title: 'Here',
      status: 'reading',
      statusChangedAt: 100,
      startedAt: 100,
      note: 'Written here.',
      noteUpdatedAt: 100,
      tags: ['here'],
      tagsUpdatedAt: 100,
      updatedAt: 100,
    });
    const incoming = state({
      title: 'There',
      status: 'to-read',
      statusChangedAt: 100,
      note: 'Written there.',
      noteUpdatedAt: 100,
      tags: ['there'],
      tagsUpdatedAt: 100,
      updatedAt: 100,
    });
    expect(mergeStates([current], [incoming]).merged[0]).toMatchObject({
      title: 'Here',
      status: 'reading',
      startedAt: 100,
      note: `Written here.${mergedNoteMarker(100)}Written there.`,
      tags: ['here'],
    });
  });

  it('dates the merged note by the newer side when either side dates its note', () => {
    const dated = state({ note: 'Dated.', noteUpdatedAt: 5, updatedAt: 5 });
    const undated = state({ note: 'Undated.', updatedAt: 30 });
    // The undated note counts from its record's last change.
    expect(mergeStates([dated], [undated]).merged[0]?.noteUpdatedAt).toBe(30);
    expect(mergeStates([undated], [dated]).merged[0]?.noteUpdatedAt).toBe(30);
    const merged = mergeStates([undated], [state({ note: 'Other.', updatedAt: 40 })]).merged[0];
    expect(merged && 'noteUpdatedAt' in merged).toBe(false);
  });

  it('never loses a line of either note (property)', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (current, incoming) => {
        const merged = new Map(mergeStates(current, incoming).merged.map((s) => [s.id, s]));
        for (const side of [current, incoming]) {
          for (const { id, note } of side) {
            for (const line of note.split('\n').filter((l) => l.trim() !== '')) {
              expect(merged.get(id)?.note).toContain(line);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (current, incoming) => {
        const once = mergeStates(current, incoming).merged;
        expect(mergeStates(once, incoming)).toEqual({ merged: once, conflicts: 0 });
      }),
      { numRuns: 300 },
    );
  });

  it('gives the union of ids whichever side is current (property)', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (a, b) => {
        const ids = (states: PaperState[]) => new Set(states.map((s) => s.id));
        const union = new Set([...ids(a), ...ids(b)]);
        expect(ids(mergeStates(a, b).merged)).toEqual(union);
        expect(ids(mergeStates(b, a).merged)).toEqual(union);
        expect(mergeStates(a, b).merged).toHaveLength(union.size);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a chosen status over one never chosen, however recent the other record', () => {
    const chosen = state({ status: 'reading', statusChangedAt: 10, updatedAt: 10 });
    const untouched = state({ status: 'unread', note: 'a later note', updatedAt: 99 });
    const { merged } = mergeStates([untouched], [chosen]);
    expect(merged[0]).toMatchObject({
      status: 'reading',
      statusChangedAt: 10,
      note: 'a later note',
    });
  });

  it('takes each group from the newer side (property)', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (current, incoming) => {
        const merged = new Map(mergeStates(current, incoming).merged.map((s) => [s.id, s]));
        for (const mine of current) {
          const theirs = incoming.find((s) => s.id === mine.id);
          const result = merged.get(mine.id);
          if (!theirs || !result) continue;
          const pick = (time: (s: PaperState) => number) =>
            time(theirs) > time(mine) ? theirs : mine;
          // The status comes with its own side's dates, in line with the status rules.
          const status = normaliseStatusDates({ ...pick(statusTime), updatedAt: result.updatedAt });
          expect([
            result.status,
            result.statusChangedAt,
            result.startedAt,
            result.finishedAt,
          ]).toEqual([status.status, status.statusChangedAt, status.startedAt, status.finishedAt]);
          const tags = pick(tagsTime);
          expect([result.tags, result.tagsUpdatedAt]).toEqual([tags.tags, tags.tagsUpdatedAt]);
          const snapshot = pick((s) => s.updatedAt);
          expect([result.title, result.url]).toEqual([snapshot.title, snapshot.url]);
          const newer = pick(noteTime).note;
          const older = newer === mine.note ? theirs.note : mine.note;
          if (older.includes(newer)) expect(result.note).toBe(older);
          else expect(result.note.startsWith(newer)).toBe(true);
          expect(result.createdAt).toBe(Math.min(mine.createdAt, theirs.createdAt));
          expect(result.updatedAt).toBe(Math.max(mine.updatedAt, theirs.updatedAt));
        }
      }),
      { numRuns: 300 },
    );
  });
});
