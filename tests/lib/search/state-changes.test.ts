// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { papersFingerprint } from '../../../src/lib/search/papers-fingerprint';
import { createStateChanges, type SearchState } from '../../../src/lib/search/state-changes';

const state = (id: string, note = '', tags: string[] = []): SearchState => ({
  id,
  title: `Title ${id}`,
  url: `https://example.org/${id}`,
  note,
  tags,
});

describe('createStateChanges', () => {
  it('sends each state once, and again only when its note or tags change', () => {
    const changes = createStateChanges(() => true);
    const a = state('a', 'a note');
    const b = state('b', '', ['survey']);
    expect(
      changes(
        new Map([
          ['a', a],
          ['b', b],
        ]),
      ).map((s) => s.id),
    ).toEqual(['a', 'b']);
    expect(
      changes(
        new Map([
          ['a', a],
          ['b', b],
        ]),
      ),
    ).toEqual([]);
    // A new object with the same note and tags (a status change) changes nothing searchable.
    expect(
      changes(
        new Map([
          ['a', { ...a }],
          ['b', b],
        ]),
      ),
    ).toEqual([]);
    expect(
      changes(
        new Map([
          ['a', state('a', 'edited')],
          ['b', b],
        ]),
      ),
    ).toEqual([state('a', 'edited')]);
  });

  it('sends a change to the note alone, or to the tags alone', () => {
    const changes = createStateChanges(() => true);
    const tags = ['survey'];
    const first = { ...state('a', 'first'), tags };
    changes(new Map([['a', first]]));
    const edited = { ...first, note: 'edited' };
    expect(changes(new Map([['a', edited]]))).toEqual([edited]);
    const retagged = { ...edited, tags: ['review'] };
    expect(changes(new Map([['a', retagged]]))).toEqual([retagged]);
  });

  it('leaves out a listed paper’s first empty state, but not a paper gone from the list', () => {
    const changes = createStateChanges((id) => id !== 'gone');
    const empty = state('listed');
    const gone = state('gone');
    expect(
      changes(
        new Map([
          ['listed', empty],
          ['gone', gone],
        ]),
      ),
    ).toEqual([gone]);
    // Emptied later: the worker must hear of it, to drop the old note.
    expect(changes(new Map([['listed', state('listed', 'x')]]))).toHaveLength(1);
    expect(changes(new Map([['listed', state('listed')]]))).toHaveLength(1);
  });

  it('given the ids that may have changed, looks at those alone', () => {
    const changes = createStateChanges(() => true);
    const a = state('a', 'a note');
    const b = state('b', 'b note');
    changes(
      new Map([
        ['a', a],
        ['b', b],
      ]),
    );
    const next = new Map([
      ['a', state('a', 'edited')],
      ['b', state('b', 'also edited')],
    ]);
    // 'gone' is among the ids but has no state (deleted): nothing to send for it.
    expect(changes(next, ['b', 'gone']).map((s) => [s.id, s.note])).toEqual([['b', 'also edited']]);
    // Without ids (not known), every state is looked at again.
    expect(changes(next, null).map((s) => [s.id, s.note])).toEqual([['a', 'edited']]);
    expect(changes(next, [])).toEqual([]);
  });

  it('sends nothing for a paper whose state was deleted since it was sent', () => {
    // Its id is among the changed ones, but the new map has no state for it any more.
    const changes = createStateChanges(() => true);
    changes(new Map([['a', state('a', 'a note')]]));
    expect(changes(new Map(), ['a'])).toEqual([]);
  });

  it('sends nothing before the states have loaded', () => {
    const changes = createStateChanges(() => true);
    expect(changes(undefined)).toEqual([]);
    expect(changes(undefined, ['a'])).toEqual([]);
  });

  it('sends only what search needs', () => {
    const changes = createStateChanges(() => true);
    const full = { ...state('a', 'n'), status: 'read', createdAt: 1 };
    expect(changes(new Map([['a', full]]))).toEqual([state('a', 'n')]);
  });
});

describe('papersFingerprint', () => {
  const paper = (id: string, title: string) => ({
    id,
    title,
    url: `https://example.org/${id}`,
    sectionIds: [],
    tags: [],
    links: [],
  });

  it('is the same for equal lists and differs when ids, order or titles differ', () => {
    const list = [paper('a', 'One'), paper('b', 'Two')];
    expect(papersFingerprint(list)).toBe(papersFingerprint(list.map((p) => ({ ...p }))));
    expect(papersFingerprint(list)).not.toBe(papersFingerprint([...list].reverse()));
    expect(papersFingerprint(list)).not.toBe(
      papersFingerprint([paper('a', 'One'), paper('b', 'Too')]),
    );
    expect(papersFingerprint(list)).not.toBe(papersFingerprint(list.slice(1)));
  });

  it('differs when a paper gains authors or its author list changes', () => {
    const list = [paper('a', 'One'), paper('b', 'Two')];
    const withAuthors = (authors: string[]) => [
      { ...paper('a', 'One'), authors },
      ...list.slice(1),
    ];
    const fingerprints = [
      papersFingerprint(list),
      papersFingerprint(withAuthors(['A. Author'])),
      papersFingerprint(withAuthors(['A. Author', 'et al.'])),
      papersFingerprint(withAuthors(['A. Authors'])),
    ];
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('differs when a section is renamed, since section names are searched', () => {
    const list = [paper('a', 'One')];
    const section = (title: string) => [{ id: 's', title, parentId: null }];
    expect(papersFingerprint(list, section('Testing'))).toBe(
      papersFingerprint(list, section('Testing')),
    );
    expect(papersFingerprint(list, section('Testing'))).not.toBe(
      papersFingerprint(list, section('Debugging')),
    );
  });
});
