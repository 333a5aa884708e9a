import { importListInWorker } from '../../../src/features/settings/import-list-file';
import { importListFile } from '../../../src/lib/lists/import-list';
import { StandInWorker, standInWorkers, startedAs } from '../../fixtures/stand-in-worker';

type Behaviour = 'answer' | 'hang' | 'fail';
const LIST =
  '# Testing\n\n## Fuzzing\n\n- [AFL](https://example.org/afl), *ICSE 2021*\n- [Bad](javascript:x)\n';

// Stands in for the module worker (jsdom has none): the worker's own steps, copied the way
// postMessage copies them, or no answer at all, or a failure to start.
function fakeWorker(behaviour: Behaviour) {
  class ListWorker extends StandInWorker<{ file: File; now: number }> {
    override postMessage(message: { file: File; now: number }): void {
      super.postMessage(message);
      const send = (data: unknown) => setTimeout(() => this.answer(structuredClone(data)));
      if (behaviour === 'fail') {
        setTimeout(() =>
          this.dispatchEvent(new ErrorEvent('error', { message: 'boom', cancelable: true })),
        );
      }
      if (behaviour !== 'answer') return;
      const { file, now } = message;
      send({ kind: 'stage', stage: 'reading' });
      void file.text().then((text) => {
        const result = importListFile(file.name, text, now, (stage) =>
          send({ kind: 'stage', stage }),
        );
        send({ kind: 'done', result });
      });
    }
  }
  const { Worker, made } = standInWorkers((url, options) => new ListWorker(url, options));
  vi.stubGlobal('Worker', Worker);
  return made;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const file = (text: string, name = 'list.md') => new File([text], name);

describe('importListInWorker', () => {
  it('reads the list in a module worker, reporting its stages, and ends the worker', async () => {
    const made = fakeWorker('answer');
    const stages: string[] = [];
    const result = await importListInWorker(file(LIST), { onStage: (stage) => stages.push(stage) });
    expect(result.ok && result.list.catalogue.papers.map((paper) => paper.title)).toEqual(['AFL']);
    expect(result.ok && result.skipped).toBe(1);
    expect(stages).toEqual(['reading', 'checking', 'parsing']);
    expect(made.map(startedAs)).toEqual([
      { url: expect.stringMatching(/import-list\.worker\.ts$/), type: 'module', terminated: true },
    ]);
  });

  it('passes on a refusal from the limits without parsing', async () => {
    fakeWorker('answer');
    const stages: string[] = [];
    const deep = Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
    const result = await importListInWorker(file(deep, 'deep.md'), {
      onStage: (s) => stages.push(s),
    });
    expect(result).toEqual({
      ok: false,
      error:
        'deep.md was refused: its lists nest more than 32 levels deep (at line 33), and no real list nests that deep.',
    });
    expect(stages).toEqual(['reading', 'checking']);
  });

  it('stops a worker that takes longer than the time limit, and says so', async () => {
    vi.useFakeTimers();
    const made = fakeWorker('hang');
    const pending = importListInWorker(file(LIST, 'slow.md'));
    await vi.advanceTimersByTimeAsync(19_999);
    expect(made[0]?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({
      ok: false,
      error:
        'Reading slow.md took longer than 20 seconds, so it was stopped; a real list reads in a few.',
    });
    expect(made[0]?.terminated).toBe(true);
  });

  it('stops the worker at once when cancelled', async () => {
    const made = fakeWorker('hang');
    const controller = new AbortController();
    const pending = importListInWorker(file(LIST), { signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ ok: false, error: 'Stopped reading list.md.' });
    expect(made[0]?.terminated).toBe(true);
  });

  it('reports a worker that fails, and reads here where there are no workers', async () => {
    fakeWorker('fail');
    expect(await importListInWorker(file(LIST))).toEqual({
      ok: false,
      error: 'list.md could not be read (boom).',
    });
    vi.unstubAllGlobals();
    expect(typeof Worker).toBe('undefined');
    const here = await importListInWorker(file(LIST));
    expect(here.ok && here.list.title).toBe('Testing');
  });
});
