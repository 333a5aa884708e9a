import type { Catalogue } from '../lib/catalogue/schema';

export type CatalogueCheckRequest = { text: string; url: string };
export type CatalogueCheck = { ok: true; catalogue: Catalogue } | { ok: false; message: string };

async function checkHere(text: string, url: string): Promise<Catalogue> {
  const { parseCatalogueText } = await import('../lib/catalogue/load-catalogue');
  return parseCatalogueText(text, url);
}

type Started = { worker: Worker; failed: boolean };

function startWorker(): Started | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const worker = new Worker(new URL('./check-catalogue.worker.ts', import.meta.url), {
      type: 'module',
    });
    const started = { worker, failed: false };
    // Its script may fail to load before anything is asked of it (offline, nothing cached).
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      started.failed = true;
    });
    return started;
  } catch {
    return null;
  }
}

// Started when the app's code is evaluated, so the worker's code (the schema) loads while the
// list downloads rather than after it: the first check, at every start, takes this one.
let prepared = startWorker();

/**
 * `parseCatalogueText` in a worker, so neither the schema's code nor the check holds up the
 * page's start; where no worker can run (or it fails to start) it is done here, with the same
 * result.
 */
export function checkCatalogueText(text: string, url: string): Promise<Catalogue> {
  const started = prepared ?? startWorker();
  prepared = null;
  if (!started || started.failed) {
    started?.worker.terminate();
    return checkHere(text, url);
  }
  const { worker } = started;
  return new Promise<Catalogue>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => Promise<Catalogue> | Catalogue) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      Promise.resolve().then(outcome).then(resolve, reject);
    };
    const fallBack = () => finish(() => checkHere(text, url));
    worker.addEventListener('message', (event: MessageEvent<CatalogueCheck>) => {
      const answer = event.data;
      finish(() => {
        if (answer.ok) return answer.catalogue;
        throw new Error(answer.message);
      });
    });
    worker.addEventListener('error', fallBack);
    worker.addEventListener('messageerror', fallBack);
    worker.postMessage({ text, url } satisfies CatalogueCheckRequest);
  });
}
