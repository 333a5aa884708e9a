import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

const READ_TIMEOUT_MS = 15_000;

// Root types stay generic until asked for by kind: a map has keys, a text starts with a string.
type RootType = { _map: Map<string, Y.Item>; _start: Y.Item | null };

function rootOf(doc: Y.Doc, name: string, type: RootType): unknown {
  if (type._map.size > 0) return doc.getMap(name);
  const first = type._start?.content;
  if (first instanceof Y.ContentString || first instanceof Y.ContentFormat) {
    return doc.getText(name);
  }
  return doc.getArray(name);
}

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (value instanceof Y.Text) into.push(value.toString());
  else if (value instanceof Y.Map) value.forEach((entry) => collectStrings(entry, into));
  else if (value instanceof Y.Array) value.forEach((entry) => collectStrings(entry, into));
  else if (value instanceof Y.XmlFragment) into.push(value.toString());
  else if (Array.isArray(value)) value.forEach((entry) => collectStrings(entry, into));
  else if (value !== null && typeof value === 'object') {
    Object.values(value).forEach((entry) => collectStrings(entry, into));
  }
}

/**
 * Every string held in a user's library document on the server, read with a Node client and
 * nothing else connected to help it: proof of what the server itself stored. It knows nothing of
 * the document's layout (it walks every map, array and text). Rejects when the server refuses.
 */
export async function readLibraryStrings(url: string, user: string, token: string) {
  const document = new Y.Doc();
  // A socket of its own, so the ws package can stand in for the browser's WebSocket.
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  let provider: HocuspocusProvider | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`No sync of u/${user}/library from ${url} in time`)),
        READ_TIMEOUT_MS,
      );
      provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: `u/${user}/library`,
        token,
        document,
        onSynced: () => {
          clearTimeout(timer);
          resolve();
        },
        onAuthenticationFailed: ({ reason }) => {
          clearTimeout(timer);
          reject(new Error(`Refused: ${reason}`));
        },
      });
      provider.attach();
    });
    const strings: string[] = [];
    for (const [name, type] of document.share) {
      collectStrings(rootOf(document, name, type), strings);
    }
    return strings;
  } finally {
    provider?.destroy();
    socket.destroy();
    document.destroy();
  }
}
