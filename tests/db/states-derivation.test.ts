import { setStatus } from '../../src/db/paper-writes';
import { currentStates, subscribeToStates, type StatesMap } from '../../src/db/shared-states';
import { statesDerivation, type StateChange } from '../../src/db/states-derivation';
import { resetDatabase, snapshotOf } from './reset-database';

beforeEach(resetDatabase);

const readCount = (states: StatesMap | undefined) =>
  [...(states?.values() ?? [])].filter((state) => state.status === 'read').length;

describe('statesDerivation', () => {
  it('derives from every state at first, then updates from the records a write changed', async () => {
    const derived: number[] = [];
    const updates: StateChange[][] = [];
    const count = statesDerivation(
      (states) => {
        derived.push(states?.size ?? -1);
        return readCount(states);
      },
      (value, changes) => {
        updates.push([...changes]);
        const was = changes.filter((change) => change.before?.status === 'read').length;
        const is = changes.filter((change) => change.after?.status === 'read').length;
        return value - was + is;
      },
    );
    await setStatus('p1', 'read', snapshotOf('p1'));
    const unsubscribe = subscribeToStates(() => undefined);
    await vi.waitFor(() => expect(currentStates()).toBeDefined());
    expect(count(currentStates())).toBe(1);
    expect(count(currentStates())).toBe(1);
    await setStatus('p2', 'read', snapshotOf('p2'));
    await vi.waitFor(() => expect(currentStates()?.size).toBe(2));
    expect(count(currentStates())).toBe(2);
    await setStatus('p1', 'reading', snapshotOf('p1'));
    await vi.waitFor(() => expect(currentStates()?.get('p1')?.status).toBe('reading'));
    expect(count(currentStates())).toBe(1);
    expect(derived).toEqual([1]);
    expect(updates.map((changes) => changes.map((change) => change.id))).toEqual([['p2'], ['p1']]);
    expect(updates[1]?.[0]).toMatchObject({
      before: { status: 'read' },
      after: { status: 'reading' },
    });
    unsubscribe();
  });

  it('derives anew when the update says so, or when the changes are not known', () => {
    const count = statesDerivation(readCount, () => null);
    const some: StatesMap = new Map([['p1', { status: 'read' } as never]]);
    expect(count(undefined)).toBe(0);
    expect(count(some)).toBe(1);
    expect(count(new Map())).toBe(0);
  });
});
