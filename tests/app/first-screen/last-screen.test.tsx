import { LAST_SCREEN_KEY } from '../../../src/app/first-screen/first-screen-marks';
import { keepLastScreen, renderLastScreen } from '../../../src/app/first-screen/last-screen';
import type { LastScreen } from '../../../src/app/first-screen/last-screen';
import { sampleCatalogue } from '../../fixtures/sample-catalogue';
import { list, paperState } from '../../lib/backup/backup-fixtures';

const [first, second] = sampleCatalogue.papers;
if (!first || !second) throw new Error('the sample list needs two papers');

const screen: LastScreen = {
  catalogue: sampleCatalogue,
  states: new Map([
    [first.id, paperState(first.id, { status: 'read' })],
    [second.id, paperState(second.id, { status: 'reading' })],
  ]),
  defaultTitle: 'Sample Reading List',
  lists: [],
  activeListId: 'default',
  density: 'cards',
  theme: 'system',
};

function picture(markup: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = markup;
  return element;
}

describe('the picture of a returning visitor’s first screen', () => {
  afterEach(() => localStorage.clear());

  it('shows their statuses and how much of the list they have read', () => {
    const shown = picture(renderLastScreen(screen));
    const statuses = [...shown.querySelectorAll('select[aria-label="Status"]')].map((select) =>
      select.querySelector('option[selected]')?.getAttribute('value'),
    );
    expect(statuses.slice(0, 2)).toEqual(['read', 'reading']);
    const total = sampleCatalogue.papers.length;
    expect(shown.querySelector('.app-header .progress__text')?.textContent).toBe(`1/${total} read`);
    expect(
      shown
        .querySelector(`.app-header [${'data-picture-style'}]`)
        ?.getAttribute('data-picture-style'),
    ).toBe(`width: ${Math.round(100 / total)}%;`);
  });

  it('shows the list they chose among their lists, in the header’s choice', () => {
    const shown = picture(
      renderLastScreen({
        ...screen,
        catalogue: { ...list.catalogue, title: list.title },
        lists: [list],
        activeListId: list.id,
      }),
    );
    const choice = shown.querySelector('label.list-switcher select');
    expect(choice?.querySelector('option[selected]')?.textContent).toBe('Awesome Things');
    expect(choice?.querySelectorAll('option[selected]')).toHaveLength(1);
    expect([...shown.querySelectorAll('article h3')].map((h) => h.textContent)).toEqual(['X']);
  });

  it('is laid out in the density the visitor chose on this device', () => {
    const shown = picture(renderLastScreen({ ...screen, density: 'compact' }));
    expect(shown.querySelector('.virtual-list')?.classList.contains('virtual-list--compact')).toBe(
      true,
    );
    expect(shown.querySelector('.paper-card')).toBeNull();
  });

  it('marks the list as current in the header, whatever page it was taken from', () => {
    history.replaceState(null, '', '/settings');
    const shown = picture(renderLastScreen(screen));
    history.replaceState(null, '', '/');
    expect(shown.querySelector('[aria-current="page"]')?.textContent).toBe('Papers');
  });

  it('says nothing of the save or sync state, which the next start does not know yet', () => {
    const shown = picture(renderLastScreen(screen));
    expect(shown.querySelector('.app-header__states')?.childElementCount).toBe(0);
    expect(shown.querySelector('[data-sync-state]')).toBeNull();
  });

  it('carries no id, label link or inline style that could clash with the app or the CSP', () => {
    const markup = renderLastScreen(screen);
    expect(markup).not.toMatch(
      / (id|for|tabindex|aria-labelledby|aria-describedby|aria-controls|style)="/,
    );
  });

  it('is kept for the next start, in place of the one before', () => {
    localStorage.setItem(LAST_SCREEN_KEY, 'an older picture');
    keepLastScreen(screen);
    expect(localStorage.getItem(LAST_SCREEN_KEY)).toBe(renderLastScreen(screen));
  });

  it('drops the older picture when storage refuses the new one', () => {
    localStorage.setItem(LAST_SCREEN_KEY, 'an older picture');
    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => keepLastScreen(screen)).not.toThrow();
    refuse.mockRestore();
    expect(localStorage.getItem(LAST_SCREEN_KEY)).toBeNull();
  });
});
