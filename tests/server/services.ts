// PostgreSQL, Redis and a load balancer for the tests of several servers, each removed by
// cleanUp(); and reading a server's /healthz and /metrics.
import { startPostgres, startRedis } from '../../scripts/loopback-services';
import type { Postgres, Redis } from '../../scripts/loopback-services';
import { startBalancer } from './balancer';
import type { Balancer } from './balancer';
import { onCleanUp } from './helpers';

export async function postgres(): Promise<Postgres> {
  const started = await startPostgres();
  onCleanUp(() => started.remove());
  return started;
}

export async function redis(): Promise<Redis> {
  const started = await startRedis();
  onCleanUp(() => started.remove());
  return started;
}

export async function balancer(backends: string[]): Promise<Balancer> {
  const started = await startBalancer(backends);
  onCleanUp(() => started.close());
  return started;
}

function httpOf(wsUrl: string, path: string): string {
  return `${wsUrl.replace(/^ws/, 'http')}${path}`;
}

export async function health(wsUrl: string): Promise<number> {
  return (await fetch(httpOf(wsUrl, '/healthz'))).status;
}

/** The value of one series in the server's /metrics, e.g. `readmark_sync_redis_up`. */
export async function metric(wsUrl: string, series: string): Promise<number | null> {
  const text = await (await fetch(httpOf(wsUrl, '/metrics'))).text();
  const line = text.split('\n').find((row) => row.startsWith(`${series} `));
  return line === undefined ? null : Number(line.slice(series.length + 1));
}
