// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssue } from '../../../src/lib/backup/describe-issue';

/** The first issue zod finds when `schema` reads `data`. */
function firstIssue(schema: z.ZodType, data: unknown) {
  const result = schema.safeParse(data);
  const issue = result.error?.issues[0];
  if (!issue) throw new Error('expected an issue');
  return issue;
}

const sentence = (schema: z.ZodType, data: unknown) =>
  describeIssue(firstIssue(schema, data), data);

// The backup schema cannot raise some of these issues today; they are described all the same, so
// a schema that grows a check still gives a sentence a person can act on.
describe('describeIssue', () => {
  it('names the one value a field may hold', () => {
    expect(sentence(z.object({ format: z.literal('readmark-backup') }), { format: 'x' })).toBe(
      'format must be "readmark-backup".',
    );
  });

  it('gives lengths in characters for text, plain numbers for the rest', () => {
    expect(sentence(z.object({ title: z.string().min(3) }), { title: 'ab' })).toBe(
      'title must be at least 3 characters long.',
    );
    expect(sentence(z.object({ title: z.string().max(5) }), { title: 'abcdef' })).toBe(
      'title must be at most 5 characters long.',
    );
    expect(sentence(z.object({ count: z.number().min(1) }), { count: 0 })).toBe(
      'count must be at least 1.',
    );
    expect(sentence(z.object({ size: z.bigint().nonnegative() }), { size: -1n })).toBe(
      'size must be at least 0.',
    );
    expect(sentence(z.object({ ids: z.array(z.string()).max(1) }), { ids: ['a', 'b'] })).toBe(
      'ids must be at most 1.',
    );
  });

  it('names the format a text must have', () => {
    expect(sentence(z.object({ home: z.url() }), { home: 'example' })).toBe(
      'home must be an http(s) URL.',
    );
    expect(sentence(z.object({ mail: z.email() }), { mail: 'example' })).toBe(
      'mail must be a valid email.',
    );
  });

  it('says what the whole file must be when it is missing', () => {
    expect(sentence(z.object({ papers: z.array(z.string()) }), undefined)).toBe(
      'the backup must be an object.',
    );
  });

  it('never throws when the data does not hold the path of the issue', () => {
    const note = firstIssue(z.object({ papers: z.array(z.object({ note: z.string() })) }), {
      papers: [{}],
    });
    const theme = firstIssue(z.object({ settings: z.object({ theme: z.string() }) }), {
      settings: {},
    });
    // The last: an object where an array was, so no array element (no record) is on the path.
    const data = [
      null,
      'text',
      42,
      { papers: null, settings: null },
      { papers: [null] },
      { papers: { 0: { id: 'a' } } },
    ];
    for (const value of data) {
      expect(describeIssue(note, value)).toBe('papers[0] has no note.');
      expect(describeIssue(theme, value)).toBe('settings has no theme.');
    }
    // Where the data gives out below a record, that record is still named.
    const deep = firstIssue(
      z.object({ papers: z.array(z.object({ meta: z.object({ x: z.string() }) })) }),
      { papers: [{ meta: {} }] },
    );
    expect(describeIssue(deep, { papers: [{ id: 'a', meta: null }] })).toBe(
      'papers[0] (id "a") has no meta.x.',
    );
  });
});
