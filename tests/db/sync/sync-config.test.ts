import { renderHook, waitFor } from '@testing-library/react';
import { setMeta } from '../../../src/db/meta';
import { getSyncConfig, saveSyncConfig, useSyncConfig } from '../../../src/db/sync/sync-config';
import { resetDatabase } from '../reset-database';

beforeEach(resetDatabase);

const stored = (value: unknown) => setMeta('sync', value, 'the sync settings');

describe('the sync settings', () => {
  it('are null until set up, then what was saved', async () => {
    expect(await getSyncConfig()).toBeNull();
    const config = { server: 'wss://s.example', token: 't', enabled: true };
    await saveSyncConfig(config);
    expect(await getSyncConfig()).toEqual(config);
    const joined = { ...config, account: 'ada', joined: true };
    await saveSyncConfig(joined);
    expect(await getSyncConfig()).toEqual(joined);
  });

  it('read a stored value with a server and a token, dropping whatever else is wrong', async () => {
    await stored({ server: 's', token: 't', enabled: 'yes', account: 7, joined: 'true', x: 1 });
    expect(await getSyncConfig()).toEqual({ server: 's', token: 't', enabled: false });
  });

  it.each([
    ['nothing', null],
    ['text', 'wss://s.example'],
    ['no token', { server: 's', enabled: true }],
    ['no server', { token: 't', enabled: true }],
    ['a numeric token', { server: 's', token: 1 }],
  ])('are null when the stored value has %s', async (_, value) => {
    await stored(value);
    expect(await getSyncConfig()).toBeNull();
  });

  it('are followed live, undefined while loading', async () => {
    const { result } = renderHook(() => useSyncConfig());
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBeNull());
    await saveSyncConfig({ server: 's', token: 't', enabled: false, account: 'ada' });
    await waitFor(() =>
      expect(result.current).toEqual({ server: 's', token: 't', enabled: false, account: 'ada' }),
    );
  });
});
