import { backupMessages } from '../../../src/lib/backup/backup-transfer';
import { parseBackup } from '../../../src/lib/backup/parse-backup';
import { parseBackupFile } from '../../../src/features/settings/parse-backup-file';
import { backupText } from '../../lib/backup/backup-fixtures';
import { StandInWorker, standInWorkers, startedAs } from '../../fixtures/stand-in-worker';

type Behaviour = 'answer' | 'fail to start' | 'cannot read';

// Stands in for the module worker (jsdom has none): the same steps, with messages copied the way
// postMessage copies them.
function fakeWorker(behaviour: Behaviour) {
  class BackupWorker extends StandInWorker<File> {
    override postMessage(file: File): void {
      super.postMessage(file);
      if (behaviour === 'fail to start') {
        setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { cancelable: true })));
        return;
      }
      void file.text().then((text) => {
        const messages =
          behaviour === 'cannot read'
            ? [{ kind: 'unreadable' }]
            : [...backupMessages(parseBackup(text), 1)];
        for (const data of messages) this.answer(structuredClone(data));
      });
    }
  }
  const { Worker, made } = standInWorkers((url, options) => new BackupWorker(url, options));
  vi.stubGlobal('Worker', Worker);
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
      expect(made.map(startedAs)[0]).toEqual({
        url: expect.stringMatching(/parse-backup\.worker\.ts$/),
        type: 'module',
        terminated: true,
      });
    },
  );

  it('parses on the page where there are no workers', async () => {
    expect(typeof Worker).toBe('undefined');
    const text = backupText();
    expect(await parseBackupFile(file(text))).toEqual(parseBackup(text));
  });
});
