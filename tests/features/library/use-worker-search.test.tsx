import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWorkerSearch } from '../../../src/features/library/use-worker-search';
import type { CataloguePaper } from '../../../src/lib/catalogue/schema';
import { cataloguePaper as paper } from '../../fixtures/catalogue-paper';
import type { PaperState } from '../../../src/lib/paper-state';
import type { FromSearchWorker, ToSearchWorker } from '../../../src/lib/search/search-messages';
import { StandInWorker, standInWorkers } from '../../fixtures/stand-in-worker';

/** The search worker, played by the test: it records what the page sends and answers. */
class SearchWorker extends StandInWorker<ToSearchWorker, FromSearchWorker> {
  override answer(data: FromSearchWorker) {
    act(() => {
      super.answer(data);
    });
  }
  override fail() {
    let reported = true;
    act(() => {
      reported = super.fail();
    });
    return reported;
  }
  searches() {
    return this.sent.filter((message) => message.kind === 'search');
  }
}

const workers = standInWorkers((url, options) => new SearchWorker(url, options));

beforeEach(() => {
  workers.made.length = 0;
  vi.stubGlobal('Worker', workers.Worker);
});
afterEach(() => vi.unstubAllGlobals());

const papers = [
  paper('a', { title: 'Fuzzing compilers' }),
  paper('b', { title: 'Neural networks' }),
];
const NO_SECTIONS: never[] = [];

function state(id: string, note: string): PaperState {
  return {
    id,
    title: `Paper ${id}`,
    url: `https://example.org/${id}`,
    status: 'unread',
    note,
    tags: [],
    createdAt: 1,
    updatedAt: 1,
  };
}

type Props = {
  list: readonly CataloguePaper[];
  states: ReadonlyMap<string, PaperState> | undefined;
  query: string;
};

function renderSearch(initial: Partial<Props> = {}) {
  const props: Props = { list: papers, states: new Map(), query: '', ...initial };
  const view = renderHook(
    ({ list, states, query }: Props) => useWorkerSearch(list, NO_SECTIONS, states, query),
    { initialProps: props },
  );
  const worker = () => {
    const last = workers.made.at(-1);
    if (!last) throw new Error('no worker started');
    return last;
  };
  return { ...view, worker, props };
}

const hits = (seq: number, positions: number[] | null, extraIds: string[] = []) =>
  ({
    kind: 'hits',
    seq,
    positions: positions && Int32Array.from(positions),
    extraIds,
  }) satisfies FromSearchWorker;

describe('useWorkerSearch', () => {
  it('opens the list in a worker and is pending until the index is ready', () => {
    const { result, worker } = renderSearch({ query: 'fuzz' });
    expect(worker().sent).toContainEqual({
      kind: 'open',
      fingerprint: expect.stringMatching(/^2:/),
    });
    expect(result.current).toEqual({ hits: [], pending: true, answered: 'fuzz' });
  });

  it('filters nothing for a blank query, ready or not', () => {
    const { result, worker } = renderSearch({ query: '  ' });
    expect(result.current).toEqual({ hits: null, pending: false, answered: '  ' });
    worker().answer({ kind: 'ready' });
    expect(result.current).toEqual({ hits: null, pending: false, answered: '  ' });
    expect(worker().searches()).toEqual([]);
  });

  it('asks once ready, shows the whole list until the answer, then the ids it names', () => {
    const { result, worker } = renderSearch({ query: 'net' });
    worker().answer({ kind: 'ready' });
    expect(worker().searches()).toEqual([{ kind: 'search', seq: 1, query: 'net' }]);
    expect(result.current).toEqual({ hits: null, pending: false, answered: '' });
    // Position 2 is past the list: a paper gone from it, named in extraIds.
    worker().answer(hits(1, [1, 2, 0], ['gone']));
    expect(result.current).toEqual({ hits: ['b', 'gone', 'a'], pending: false, answered: 'net' });
  });

  it("keeps the previous answer until the latest query's arrives, ignoring older answers", () => {
    const { result, worker, rerender, props } = renderSearch({ query: 'f' });
    worker().answer({ kind: 'ready' });
    worker().answer(hits(1, [0]));
    rerender({ ...props, query: 'fu' });
    rerender({ ...props, query: 'fuz' });
    expect(
      worker()
        .searches()
        .map((message) => message.seq),
    ).toEqual([1, 2, 3]);
    expect(result.current).toEqual({ hits: ['a'], pending: false, answered: 'f' });
    worker().answer(hits(2, []));
    expect(result.current.answered).toBe('f');
    worker().answer(hits(3, [0]));
    expect(result.current).toEqual({ hits: ['a'], pending: false, answered: 'fuz' });
    worker().answer(hits(3, null));
    expect(result.current.hits).toBeNull();
  });

  it('sends the states once ready, then only those whose note or tags changed', () => {
    const first = new Map([['a', state('a', 'about zebras')]]);
    const { worker, rerender, props } = renderSearch({ states: first });
    expect(worker().sent.some((message) => message.kind === 'states')).toBe(false);
    worker().answer({ kind: 'ready' });
    expect(worker().sent.filter((message) => message.kind === 'states')).toEqual([
      { kind: 'states', changes: [expect.objectContaining({ id: 'a', note: 'about zebras' })] },
    ]);
    const next = new Map(first);
    next.set('b', state('b', 'about giraffes'));
    rerender({ ...props, states: next });
    expect(
      worker()
        .sent.filter((message) => message.kind === 'states')
        .at(-1),
    ).toEqual({
      kind: 'states',
      changes: [expect.objectContaining({ id: 'b', note: 'about giraffes' })],
    });
  });

  it('sends the papers themselves when the worker cannot find the list', () => {
    const { worker } = renderSearch();
    worker().answer({ kind: 'not-found' });
    expect(worker().sent.at(-1)).toEqual({ kind: 'papers', papers, sections: NO_SECTIONS });
  });

  it('searches on this thread when the worker fails, with the same answers', async () => {
    const { result, worker } = renderSearch({
      query: 'zebra',
      states: new Map([['b', state('b', 'zebras everywhere')]]),
    });
    worker().fail();
    expect(worker().terminated).toBe(true);
    await waitFor(() =>
      expect(result.current).toEqual({ hits: ['b'], pending: false, answered: 'zebra' }),
    );
  });

  it('opens a new worker for a new list, closing the old one, and closes on unmount', () => {
    const { result, worker, rerender, props, unmount } = renderSearch({ query: 'net' });
    const old = worker();
    old.answer({ kind: 'ready' });
    rerender({ ...props, list: [paper('c', { title: 'Networks again' })] });
    expect(old.terminated).toBe(true);
    expect(workers.made).toHaveLength(2);
    expect(result.current.pending).toBe(true);
    unmount();
    expect(worker().terminated).toBe(true);
  });
});
