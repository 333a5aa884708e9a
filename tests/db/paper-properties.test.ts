// @vitest-environment node
import fc from 'fast-check';
import { getAllPaperStates } from '../../src/db/paper-queries';
import type { ReadingStatus } from '../../src/lib/paper-state';
import { READING_STATUSES } from '../../src/lib/reading-status';
import { saveNote, setStatus } from '../../src/db/paper-writes';
import { normaliseTag, tagKey, uniqueTags } from '../../src/db/tag-names';
import { addTag, removeTag, renameTag } from '../../src/db/tag-writes';
import { resetDatabase, snapshotOf } from './reset-database';

const ids = ['p1', 'p2'];
const tagPool = ['ml', 'ML', '#ml', ' deep   learning', 'Deep Learning', 'nlp', 'Ω-net'];

type Op =
  | { kind: 'status'; id: string; status: ReadingStatus }
  | { kind: 'note'; id: string; note: string }
  | { kind: 'add'; id: string; tag: string }
  | { kind: 'remove'; id: string; tag: string }
  | { kind: 'rename'; from: string; to: string };

const id = fc.constantFrom(...ids);
const tag = fc.constantFrom(...tagPool);
// Weighted towards tags, where the interesting interactions (merges, case) are.
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('status' as const),
      id,
      status: fc.constantFrom(...READING_STATUSES),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('note' as const), id, note: fc.string() }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('add' as const), id, tag }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), id, tag }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename' as const), from: tag, to: tag }) },
);

function keyOf(raw: string): string {
  return tagKey(normaliseTag(raw) ?? raw);
}

// What the tags should be, tracked as case-insensitive keys, and the last note written.
type Model = { tags: Map<string, string[]>; notes: Map<string, string> };

function apply(model: Model, o: Op): void {
  if (o.kind === 'note') model.notes.set(o.id, o.note);
  if (o.kind === 'add' || o.kind === 'remove') {
    const keys = model.tags.get(o.id) ?? [];
    const k = keyOf(o.tag);
    model.tags.set(o.id, o.kind === 'add' ? uniqueTags([...keys, k]) : keys.filter((t) => t !== k));
  }
  if (o.kind === 'rename') {
    const [from, to] = [keyOf(o.from), keyOf(o.to)];
    for (const [paper, keys] of model.tags) {
      model.tags.set(paper, uniqueTags(keys.map((t) => (t === from ? to : t))));
    }
  }
}

async function run(o: Op): Promise<void> {
  if (o.kind === 'status') await setStatus(o.id, o.status, snapshotOf(o.id));
  else if (o.kind === 'note') await saveNote(o.id, o.note, snapshotOf(o.id));
  else if (o.kind === 'add') await addTag(o.id, o.tag, snapshotOf(o.id));
  else if (o.kind === 'remove') await removeTag(o.id, o.tag);
  else await renameTag(o.from, o.to);
}

it('any sequence of writes leaves every record valid', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 25 }), async (ops) => {
      await resetDatabase();
      const model: Model = { tags: new Map(), notes: new Map() };
      for (const o of ops) {
        await run(o);
        apply(model, o);
      }
      for (const paper of await getAllPaperStates()) {
        expect(paper.tags.map(tagKey)).toEqual(model.tags.get(paper.id) ?? []);
        expect(paper.tags.every((t) => normaliseTag(t) === t)).toBe(true);
        expect(paper.finishedAt !== undefined).toBe(paper.status === 'read');
        if (paper.status === 'reading') expect(paper.startedAt).toBeDefined();
        expect(paper.note).toBe(model.notes.get(paper.id) ?? '');
        expect(paper.title).toBe(snapshotOf(paper.id).title);
      }
    }),
    { numRuns: 50 },
  );
});
