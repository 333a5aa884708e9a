import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../src/db/database';
import { AddList } from '../../../src/features/settings/add-list';
import { resetDatabase } from '../../db/reset-database';

beforeEach(async () => {
  await resetDatabase();
});

// jsdom has no Worker, so the list is read on the page, by the same code the worker runs.
const LIST = `# Awesome Testing

## Fuzzing

- [AFL Revisited](https://example.org/afl), *ICSE 2021* - A study.
- [Bad](javascript:alert(1))
- [Also bad](javascript:alert(2))
`;

// The first list loads the Markdown parser, which takes a while on a busy machine.
const slow = { timeout: 10_000 };

const upload = async (content: string, name: string) => {
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText('Add list'), new File([content], name));
};

describe('adding a list', () => {
  it('saves the list and says what it holds, with the warnings and their lines', async () => {
    render(<AddList />);
    await upload(LIST, 'testing.md');
    const status = await screen.findByText(/^Added “Awesome Testing”/, {}, slow);
    expect(status).toHaveTextContent(
      /^Added “Awesome Testing”: 1 paper \(1 with a venue, 1 with a year, \d with authors\); 2 entries skipped\. Switch to it/,
    );
    const warnings = screen.getByText('2 entries skipped (lines 6 and 7)').closest('details');
    expect(warnings).not.toBeNull();
    expect(
      within(warnings as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^line 6: skipped "Bad"/),
      expect.stringMatching(/^line 7: skipped "Also bad"/),
    ]);
    expect((await db.lists.toArray()).map((list) => list.title)).toEqual(['Awesome Testing']);
  });

  it('refuses a hostile or oversized file with a reason, storing nothing', async () => {
    render(<AddList />);
    const deep = Array.from(
      { length: 500 },
      (_, i) => `${'  '.repeat(i)}- [P](https://e.org/${i})`,
    );
    await upload(`# Deep\n\n${deep.join('\n')}`, 'deep.md');
    expect(await screen.findByRole('alert', {}, slow)).toHaveTextContent(
      'deep.md was refused: its lists nest more than 32 levels deep (at line 35), and no real list nests that deep. Nothing was added.',
    );
    await upload('x'.repeat(5 * 1024 * 1024 + 1), 'huge.md');
    expect(await screen.findByText(/^huge\.md was refused/, {}, slow)).toHaveTextContent(
      'huge.md was refused: it is 5.1 MB of Markdown, over the 5 MB limit for a list. Nothing was added.',
    );
    expect(await db.lists.count()).toBe(0);
  });
});
