// A plain TCP load balancer for the tests, as an operator would put in front of several sync
// servers: each new connection goes to the next server in turn, skipping one that refuses it.
// No stickiness: a client that reconnects may land on any server.
import { createConnection, createServer } from 'node:net';
import type { Server, Socket } from 'node:net';

export type Balancer = { url: string; close(): Promise<void> };

export async function startBalancer(backends: string[]): Promise<Balancer> {
  const ports = backends.map((url) => Number(new URL(url).port));
  const sockets = new Set<Socket>();
  let next = 0;
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.pause();
    const tryBackend = (attempt: number): void => {
      if (attempt >= ports.length) {
        client.destroy();
        return;
      }
      const port = ports[(next + attempt) % ports.length] as number;
      const upstream = createConnection({ host: '127.0.0.1', port });
      upstream.once('error', () => tryBackend(attempt + 1));
      upstream.once('connect', () => {
        next = (next + attempt + 1) % ports.length;
        sockets.add(upstream);
        upstream.removeAllListeners('error');
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
        upstream.on('close', () => {
          sockets.delete(upstream);
          client.destroy();
        });
        client.on('close', () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
    };
    tryBackend(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the balancer has no port');
  return {
    url: `ws://127.0.0.1:${address.port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
