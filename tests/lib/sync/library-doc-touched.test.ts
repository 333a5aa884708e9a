// @vitest-environment node
import * as Y from 'yjs';
import { removePaper, touchedBy, writePaper } from '../../../src/lib/sync/library-doc';
import type { Touched } from '../../../src/lib/sync/library-doc';
import { device, sync, syncedPaper as paper } from '../../fixtures/library-doc';

/**
 * What each transaction on device b touched when `change`, made on device a, came in; both
 * devices first share what `before` wrote (the paper, unless told).
 */
function touchedByChangeFrom(
  change: (a: Y.Doc) => void,
  before: (a: Y.Doc) => void = (a) => writePaper(a, paper),
): Touched[] {
  const a = device(1);
  const b = device(2);
  a.transact(() => before(a));
  sync(a, b);
  const seen: Touched[] = [];
  b.on('afterTransaction', (transaction: Y.Transaction) => seen.push(touchedBy(b, transaction)));
  a.transact(() => change(a));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  return seen;
}

const nothing: Touched = { papers: new Set(), lists: false, settings: false };
const thePaper: Touched = { ...nothing, papers: new Set([paper.id]) };

describe('touchedBy', () => {
  it('names the paper a change from elsewhere touched, and nothing else', () => {
    expect(touchedByChangeFrom((a) => writePaper(a, { ...paper, note: 'changed' }, paper))).toEqual(
      [thePaper],
    );
  });

  it('names a paper removed elsewhere', () => {
    expect(touchedByChangeFrom((a) => removePaper(a, paper.id))).toEqual([thePaper]);
  });

  it('names a paper written again elsewhere, though only the index changed', () => {
    expect(touchedByChangeFrom((a) => writePaper(a, paper))).toEqual([thePaper]);
  });

  it('tells a change to the lists from one to the settings', () => {
    expect(touchedByChangeFrom((a) => a.getMap('lists').set('l1', { id: 'l1' }))).toEqual([
      { ...nothing, lists: true },
    ]);
    expect(touchedByChangeFrom((a) => a.getMap('settings').set('nextUpOrder', []))).toEqual([
      { ...nothing, settings: true },
    ]);
  });

  it('names nothing for data this build does not know (a newer build wrote it)', () => {
    expect(
      touchedByChangeFrom((a) => {
        a.getMap('preferences').set('theme', 'dark');
        a.getMap(':draft').set('note', 'x');
      }),
    ).toEqual([nothing]);
    const nested = new Y.Map<string>();
    expect(
      touchedByChangeFrom(
        () => nested.set('name', 'Reading group'),
        (a) => a.getMap('lists').set('l1', nested),
      ),
    ).toEqual([nothing]);
  });
});
