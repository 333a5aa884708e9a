import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { startBridge, type Bridge } from '../../db/sync/sync-bridge';
import { saveSyncConfig, type SyncConfig } from '../../db/sync/sync-config';
import { libraryDocumentName } from '../../lib/sync/document-name';
import { useSyncStateStore } from '../../stores/sync-state-store';

// Loaded only when sync is on: Yjs, the provider and the local copy of the document stay out
// of the first load of everyone else.

export type SyncSession = { stop: () => Promise<void> };

/**
 * Connects this device's library to the account's document. The document is also kept in
 * IndexedDB, so that changes made offline are sent when the server is reachable again, and a
 * restart does not download the whole library.
 */
export async function startSync(config: SyncConfig & { account: string }): Promise<SyncSession> {
  const setState = useSyncStateStore.getState().set;
  const doc = new Y.Doc();
  const local = new IndexeddbPersistence(`readmark-sync:${config.account}`, doc);
  await local.whenSynced;

  let bridge: Bridge | undefined;
  let stopped = false;
  let connected = false;
  let refused = false;
  const show = () => {
    if (stopped || refused) return;
    const waiting = provider.unsyncedChanges;
    if (!connected) {
      setState({ phase: provider.isSynced || bridge ? 'offline' : 'connecting', waiting });
    } else {
      setState({
        phase: provider.isSynced && waiting === 0 && bridge ? 'synced' : 'pending',
        waiting,
      });
    }
  };

  // Back within a few seconds of the network returning, not after a long back-off.
  const socket = new HocuspocusProviderWebsocket({
    url: config.server,
    delay: 500,
    minDelay: 250,
    factor: 1.5,
    maxDelay: 4000,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: libraryDocumentName(config.account),
    token: config.token,
    document: doc,
    onStatus: ({ status }) => {
      connected = status === WebSocketStatus.Connected;
      show();
    },
    onSynced: () => {
      void begin();
      show();
    },
    onUnsyncedChanges: show,
    onAuthenticationFailed: ({ reason }) => {
      refused = true;
      setState({ phase: 'refused', reason: reason || 'the server said no' });
      socket.disconnect();
    },
  });
  provider.attach();

  // A device that has synced before starts from its own copy at once; a device joining an
  // account waits for the account's data, so the first merge sees both sides.
  let starting: Promise<void> | undefined;
  const begin = () =>
    (starting ??= (async () => {
      try {
        await startBridging();
      } catch (error) {
        console.error('Sync could not start', error);
        refused = true;
        const detail = error instanceof Error ? error.message : String(error);
        setState({ phase: 'refused', reason: `this device could not join in (${detail})` });
      }
    })());
  const startBridging = async () => {
    bridge = await startBridge(doc, config.joined ? 'resume' : 'join');
    if (stopped) {
      bridge.stop();
      return;
    }
    if (!config.joined) {
      setState({ cameIn: bridge.cameIn });
      await saveSyncConfig({ ...config, joined: true });
    }
    show();
  };
  if (config.joined) void begin();
  show();

  return {
    stop: async () => {
      stopped = true;
      await starting?.catch(() => undefined);
      await bridge?.idle();
      bridge?.stop();
      provider.destroy();
      socket.destroy();
      await local.destroy();
      doc.destroy();
    },
  };
}
