import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CatalogueCheck } from '../../src/hooks/check-catalogue-text';
import type { Catalogue } from '../../src/lib/catalogue/schema';
import { StandInWorker, standInWorkers } from '../fixtures/stand-in-worker';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

const workers = standInWorkers(
  (url, options) => new StandInWorker<unknown, CatalogueCheck>(url, options),
);

const valid: Catalogue = { schemaVersion: 2, title: 'Checked here', sections: [], papers: [] };

/** The module as a page loads it, with workers available (or failing to start). */
async function load(start: 'work' | 'throw' = 'work') {
  vi.resetModules();
  workers.made.length = 0;
  const blocked = vi.fn(() => {
    throw new DOMException('blocked', 'SecurityError');
  });
  vi.stubGlobal('Worker', start === 'work' ? workers.Worker : blocked);
  return import('../../src/hooks/check-catalogue-text');
}

describe('checkCatalogueText with a worker', () => {
  it('starts the worker as the page loads, as a module, and asks it to check the text', async () => {
    const { checkCatalogueText } = await load();
    expect(workers.made).toHaveLength(1);
    const [worker] = workers.made;
    expect(worker?.options).toEqual({ type: 'module' });
    expect(worker?.url.pathname).toMatch(/check-catalogue\.worker\.ts$/);
    const checked = checkCatalogueText('{"x":1}', '/c.json');
    expect(worker?.sent).toEqual([{ text: '{"x":1}', url: '/c.json' }]);
    worker?.answer({ ok: true, catalogue: { ...valid, title: 'From the worker' } });
    await expect(checked).resolves.toMatchObject({ title: 'From the worker' });
    expect(worker?.terminated).toBe(true);
  });

  it("rejects with the worker's message when the list is not valid", async () => {
    const { checkCatalogueText } = await load();
    const checked = checkCatalogueText('{}', '/c.json');
    workers.made[0]?.answer({ ok: false, message: 'The list at /c.json is not valid: x' });
    await expect(checked).rejects.toThrow('The list at /c.json is not valid: x');
  });

  it.each(['error', 'messageerror'] as const)(
    'checks here when the worker fails with %s while checking, and ignores it after',
    async (type) => {
      const { checkCatalogueText } = await load();
      const checked = checkCatalogueText(JSON.stringify(valid), '/c.json');
      const [worker] = workers.made;
      worker?.fail(type);
      worker?.answer({ ok: false, message: 'too late' });
      await expect(checked).resolves.toMatchObject({ title: 'Checked here' });
      expect(worker?.terminated).toBe(true);
    },
  );

  it('checks here, and stops the worker, when its script failed to load before the check', async () => {
    const { checkCatalogueText } = await load();
    const [worker] = workers.made;
    expect(worker?.fail()).toBe(false);
    await expect(checkCatalogueText(JSON.stringify(valid), '/c.json')).resolves.toMatchObject({
      title: 'Checked here',
    });
    expect(worker?.sent).toEqual([]);
    expect(worker?.terminated).toBe(true);
  });

  it('uses the worker started at load once, then starts a new one for each later check', async () => {
    const { checkCatalogueText } = await load();
    const first = checkCatalogueText('{}', '/a.json');
    expect(workers.made).toHaveLength(1);
    const second = checkCatalogueText('{}', '/b.json');
    expect(workers.made).toHaveLength(2);
    expect(workers.made[1]?.sent).toEqual([{ text: '{}', url: '/b.json' }]);
    workers.made[0]?.answer({ ok: true, catalogue: { ...valid, title: 'A' } });
    workers.made[1]?.answer({ ok: true, catalogue: { ...valid, title: 'B' } });
    await expect(first).resolves.toMatchObject({ title: 'A' });
    await expect(second).resolves.toMatchObject({ title: 'B' });
  });

  it('checks here when no worker can be started', async () => {
    const { checkCatalogueText } = await load('throw');
    await expect(checkCatalogueText(JSON.stringify(valid), '/c.json')).resolves.toMatchObject({
      title: 'Checked here',
    });
  });
});
