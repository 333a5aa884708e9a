import { backupMessages } from '../../../src/lib/backup/backup-transfer';
import { parseBackup } from '../../../src/lib/backup/parse-backup';
import { parseBackupFile } from '../../../src/features/settings/parse-backup-file';
import { backupText } from '../../lib/backup/backup-fixtures';

type Behaviour = 'answer' | 'fail to start' | 'cannot read';

// Stands in for the module worker (jsdom has none): the same steps, with messages copied the way
// postMessage copies them.
function fakeWorker(behaviour: Behaviour) {
  const made: { url: string; type?: string; terminated: boolean }[] = [];
  class FakeWorker extends EventTarget {
    private readonly record: { url: string; type?: string; terminated: boolean };
    constructor(url: URL, options?: { type?: string }) {
      super();
      this.record = { url: url.pathname, type: options?.type, terminated: false };
      made.push(this.record);
    }
    postMessage(file: File): void {
      if (behaviour === 'fail to start') {
        setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { cancelable: true })));
        return;
      }
      void file.text().then((text) => {
        const messages =
          behaviour === 'cannot read'
            ? [{ kind: 'unreadable' }]
            : [...backupMessages(parseBackup(text), 1)];
        for (const data of messages) {
          this.dispatchEvent(new MessageEvent('message', { data: structuredClone(data) }));
        }
      });
    }
    terminate(): void {
      this.record.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const file = (text: string) => new File([text], 'backup.json');

describe('parseBackupFile', () => {
  it.each<Behaviour>(['answer', 'fail to start', 'cannot read'])(
    'gives what parseBackup gives when the worker does this: %s',
    async (behaviour) => {
      const made = fakeWorker(behaviour);
      for (const text of [backupText(), backupText((backup) => (backup.version = 2)), '{']) {
        expect(await parseBackupFile(file(text))).toEqual(parseBackup(text));
      }
      expect(made).toHaveLength(3);
      expect(made[0]).toMatchObject({ type: 'module', terminated: true });
      expect(made[0]?.url).toMatch(/parse-backup\.worker\.ts$/);
    },
  );

  it('parses on the page where there are no workers', async () => {
    expect(typeof Worker).toBe('undefined');
    const text = backupText();
    expect(await parseBackupFile(file(text))).toEqual(parseBackup(text));
  });
});
