import { connect, createServer, type Server, type Socket } from 'node:net';

const HOST = '127.0.0.1';

export type TcpProxy = {
  /** The proxy's own port; stays the same across cut, restore and retarget. */
  readonly port: number;
  /** ws://127.0.0.1:<port>, the address a device is given. */
  readonly url: string;
  /** Connections currently piped through (client side). */
  openConnections(): number;
  /** Destroys every open connection and every new one until restore(): the device is offline. */
  cut(): void;
  restore(): void;
  /** Sends new connections to another port (a restarted server); open ones are left alone. */
  retarget(port: number): void;
  /** Cuts everything and stops listening. */
  close(): Promise<void>;
};

/**
 * A TCP proxy on a free loopback port in front of the sync server, one per device. Playwright's
 * context.setOffline leaves WebSockets open, so tests take a device offline by cutting its proxy.
 */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  let target = targetPort;
  let isCut = false;
  const pairs = new Set<{ client: Socket; upstream: Socket }>();

  const server: Server = createServer((client) => {
    if (isCut) {
      client.destroy();
      return;
    }
    const upstream = connect(target, HOST);
    const pair = { client, upstream };
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop);
    upstream.on('error', drop);
    client.on('close', drop);
    upstream.on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });

  const destroyAll = () => {
    for (const { client, upstream } of pairs) {
      client.destroy();
      upstream.destroy();
    }
    pairs.clear();
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The proxy has no port');
  const port = address.port;

  return {
    port,
    url: `ws://${HOST}:${port}`,
    openConnections: () => pairs.size,
    cut() {
      isCut = true;
      destroyAll();
    },
    restore() {
      isCut = false;
    },
    retarget(port) {
      target = port;
    },
    close() {
      isCut = true;
      destroyAll();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
