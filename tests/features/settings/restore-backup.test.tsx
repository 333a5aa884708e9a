import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockInstance } from 'vitest';
import { db } from '../../../src/db/database';
import { META_KEYS } from '../../../src/db/meta';
import { createBackup, serializeBackup } from '../../../src/lib/backup/backup-format';
import { parseBackup } from '../../../src/lib/backup/parse-backup';
import type { PaperState } from '../../../src/lib/paper-state';
import { RestoreBackup } from '../../../src/features/settings/restore-backup';
import { resetDatabase } from '../../db/reset-database';
import { exportedAt, list, paperState } from '../../lib/backup/backup-fixtures';

type Download = { name: string; text: Promise<string> };

// Every file the app downloads, read from the Blob behind its link. The app's own code runs up
// to the link's click; only the browser's part, saving the file, is left out (jsdom cannot).
let downloads: Download[] = [];
let objectUrls: MockInstance<typeof URL.createObjectURL>;
function keepDownload(event: MouseEvent): void {
  const link = event.target;
  if (!(link instanceof HTMLAnchorElement) || link.download === '') return;
  event.preventDefault();
  const made = objectUrls.mock.results.findIndex(({ value }) => value === link.href);
  const blob = objectUrls.mock.calls[made]?.[0];
  downloads.push({
    name: link.download,
    text: blob instanceof Blob ? blob.text() : Promise.reject(new Error('not a Blob')),
  });
}

beforeEach(async () => {
  downloads = [];
  // Watched, not replaced: the real object URL is still made.
  objectUrls = vi.spyOn(URL, 'createObjectURL');
  document.addEventListener('click', keepDownload);
  await resetDatabase();
});

afterEach(() => {
  document.removeEventListener('click', keepDownload);
  objectUrls.mockRestore();
});

function backupFile(papers: PaperState[], name = 'backup.json'): File {
  const backup = createBackup({
    papers,
    lists: [structuredClone(list)],
    nextUpOrder: [],
    settings: {},
    exportedAt,
    app: 'readmark 0.1.0',
  });
  return new File([serializeBackup(backup)], name, { type: 'application/json' });
}

const manyPapers = (count: number) =>
  Array.from({ length: count }, (_, index) => paperState(`p${String(index).padStart(5, '0')}`));

// Every text the restore area shows, in order, so passing states are seen too.
function recordTexts(container: HTMLElement): string[] {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(container.textContent ?? ''));
  observer.observe(container, { childList: true, subtree: true, characterData: true });
  return seen;
}

describe('restoring a backup', () => {
  it('checks the file, then merges it with progress and says what it did', async () => {
    const user = userEvent.setup();
    await db.papers.put(paperState('p00000', { note: 'here', noteUpdatedAt: 90, updatedAt: 90 }));
    const { container } = render(<RestoreBackup />);
    const texts = recordTexts(container);
    const papers = manyPapers(1200).map((paper) => ({ ...paper, note: 'from the backup' }));
    await user.upload(screen.getByLabelText('Restore backup'), backupFile(papers));
    const options = await screen.findByRole('group', { name: 'Restore options' });
    expect(options).toHaveTextContent('backup.json: backup of');
    expect(options).toHaveTextContent('with 1200 papers and 1 lists.');
    expect(texts.some((text) => text.includes('Checking backup.json…'))).toBe(true);

    await user.click(within(options).getByRole('button', { name: 'Restore' }));
    expect(
      await screen.findByText(
        'Restored 1200 papers and 1 lists (merge); 1 notes changed on both sides keep both texts.',
      ),
    ).toHaveAttribute('role', 'status');
    const shown = texts.flatMap((text) => {
      const written = /Restoring: (\d+)\/1200 papers written/.exec(text)?.[1];
      return written === undefined ? [] : [Number(written)];
    });
    expect(shown[0]).toBe(0);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(shown.some((written) => written > 0 && written < 1200)).toBe(true);
    expect(await db.papers.count()).toBe(1200);
    expect((await db.papers.get('p00000'))?.note).toMatch(/^here[\s\S]*from the backup$/);
    // A merge loses nothing, so it downloads nothing.
    expect(downloads).toEqual([]);
  });

  it('downloads a backup of what is here, then replaces it', async () => {
    const user = userEvent.setup();
    const here = paperState('old', { status: 'read', note: 'only here', tags: ['kept'] });
    const hereList = { ...structuredClone(list), id: 'list-here', title: 'A list added here' };
    await db.papers.put(here);
    await db.lists.put(hereList);
    render(<RestoreBackup />);
    await user.upload(screen.getByLabelText('Restore backup'), backupFile(manyPapers(3)));
    await user.click(await screen.findByRole('radio', { name: /Replace what is here/ }));
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    await screen.findByText('Restored 3 papers and 1 lists (replace).');

    expect(downloads.map((download) => download.name)).toEqual([
      expect.stringMatching(/^readmark-backup-\d{4}-\d{2}-\d{2}\.json$/),
    ]);
    // The safety copy is a backup the app can restore, holding what was here before.
    const safety = parseBackup((await downloads[0]?.text) ?? '');
    if (!safety.ok) throw new Error(safety.error);
    expect(safety.backup.papers).toEqual([here]);
    expect(safety.backup.lists.map(({ id, title }) => ({ id, title }))).toEqual([
      { id: 'list-here', title: 'A list added here' },
    ]);
    expect((await db.meta.get(META_KEYS.lastBackupAt))?.value).toBeTypeOf('number');

    expect(await db.papers.get('old')).toBeUndefined();
    expect(await db.papers.count()).toBe(3);
    expect(await db.lists.toCollection().primaryKeys()).toEqual([list.id]);
  });

  it('names what is wrong with a broken backup and writes nothing', async () => {
    const user = userEvent.setup();
    render(<RestoreBackup />);
    const broken = new File(['{"format": "readmark-backup", "version": 99}'], 'new.json');
    await user.upload(screen.getByLabelText('Restore backup'), broken);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This backup was made by a newer version of Readmark (format version 99); update the app to restore it. Nothing was changed.',
    );
    expect(screen.queryByRole('group', { name: 'Restore options' })).not.toBeInTheDocument();
    expect(await db.papers.count()).toBe(0);
  });

  it('says so when the file cannot be read', async () => {
    const user = userEvent.setup();
    render(<RestoreBackup />);
    const unreadable = new File(['{}'], 'gone.json');
    unreadable.text = () => Promise.reject(new Error('The file is gone.'));
    await user.upload(screen.getByLabelText('Restore backup'), unreadable);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file could not be read (The file is gone.). Nothing was changed.',
    );
  });

  it('shows the file chosen last when an earlier one is still being read', async () => {
    const user = userEvent.setup();
    render(<RestoreBackup />);
    const slow = backupFile(manyPapers(1), 'slow.json');
    let release = () => {};
    const text = slow.text.bind(slow);
    slow.text = () => new Promise((resolve) => (release = () => resolve(text())));
    await user.upload(screen.getByLabelText('Restore backup'), slow);
    await user.upload(screen.getByLabelText('Restore backup'), backupFile(manyPapers(2), 'b.json'));
    await screen.findByText(/^b\.json: backup of/);
    release();
    // The earlier file's result arrives now, and must change nothing.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await waitFor(() =>
      expect(screen.getByRole('group', { name: 'Restore options' })).toHaveTextContent(
        'with 2 papers',
      ),
    );
    expect(screen.queryByText(/^slow\.json/)).not.toBeInTheDocument();
  });
});
