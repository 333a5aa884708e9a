import { describe, expect, it } from 'vitest';
import { useTagRenamesStore } from '../../src/stores/tag-renames-store';

describe('tag renames store', () => {
  it('chains renames so an old filter reaches the newest name', () => {
    const { recordRename } = useTagRenamesStore.getState();
    recordRename('ml', 'machine learning');
    recordRename('Machine Learning', 'learning');
    expect(useTagRenamesStore.getState().renames).toEqual({
      ml: 'learning',
      'machine learning': 'learning',
    });
  });
});

describe('restoreRenames', () => {
  it('puts the renames back as they were, for the Undo of a merge', () => {
    const store = useTagRenamesStore.getState();
    store.restoreRenames({});
    store.recordRename('a', 'b');
    const before = useTagRenamesStore.getState().renames;
    store.recordRename('b', 'c');
    store.restoreRenames(before);
    expect(useTagRenamesStore.getState().renames).toEqual({ a: 'b' });
  });
});
