// The two plain HTTP answers beside the WebSocket: GET /healthz for a load balancer (200 once
// the store answers, 503 while it does not) and GET /metrics for Prometheus.
import type { Extension } from '@hocuspocus/server';
import type { DocumentStore } from './document-store';
import { describeError } from './log';
import type { SyncMetrics } from './metrics';

// A health check that hangs is as bad as one that fails: the balancer's own timeout is unknown.
const HEALTH_TIMEOUT_MS = 2000;

export function httpEndpoints(store: DocumentStore, metrics: SyncMetrics): Extension {
  return {
    extensionName: 'readmark-http-endpoints',
    async onRequest({ request, response }) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (request.method !== 'GET' || (path !== '/healthz' && path !== '/metrics')) return;
      if (path === '/metrics') {
        const text = await metrics.registry.metrics();
        response.writeHead(200, { 'Content-Type': metrics.registry.contentType });
        response.end(text);
      } else {
        const problem = await storeProblem(store);
        response.writeHead(problem === null ? 200 : 503, { 'Content-Type': 'text/plain' });
        response.end(problem === null ? 'ok\n' : `the store does not answer: ${problem}\n`);
      }
      // An empty rejection tells Hocuspocus the request is answered (Server.requestHandler).
      throw null;
    },
  };
}

async function storeProblem(store: DocumentStore): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer in ${HEALTH_TIMEOUT_MS} ms`), HEALTH_TIMEOUT_MS);
  });
  try {
    return await Promise.race([store.ping().then(() => null), timeout]);
  } catch (error) {
    return describeError(error);
  } finally {
    clearTimeout(timer);
  }
}
