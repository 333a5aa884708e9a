import { BOOT_SCRIPT } from '../../../src/app/first-screen/boot-script';
import { LAST_SCREEN_KEY, VISITED_KEY } from '../../../src/app/first-screen/first-screen-marks';

const root = document.documentElement;
const preloads = () =>
  document.head.querySelectorAll('link[rel="preload"][href="/catalogue.json"]');

// Runs the script as the page does, at `path`.
function boot(path: string): void {
  history.replaceState(null, '', path);
  new Function(BOOT_SCRIPT)();
}

const PICTURE =
  '<header><span class="progress__fill" data-picture-style="width: 40%;"></span></header>' +
  '<article><h3>A paper</h3><select><option value="read" selected>Read</option></select></article>';

// The page's body as index.html has it, parsed: the moment the picture goes in.
function parseBody(): void {
  document.body.innerHTML = '<div id="root"></div>';
  document.dispatchEvent(new Event('readystatechange'));
}

describe('the boot script', () => {
  beforeEach(() => {
    localStorage.clear();
    root.classList.remove('no-first-screen');
    delete root.dataset.theme;
    document.head.innerHTML = '';
    document.body.innerHTML = '';
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
  });
  afterEach(() => vi.useRealTimers());
  afterAll(() => history.replaceState(null, '', '/'));

  it('on a first visit to the list, shows the first screen and fetches the list after it paints', () => {
    boot('/');
    expect(root.classList.contains('no-first-screen')).toBe(false);
    expect(preloads()).toHaveLength(0);
    vi.advanceTimersToNextFrame();
    vi.runAllTimers();
    const [link] = preloads();
    expect(link).toBeDefined();
    expect(link?.getAttribute('as')).toBe('fetch');
    // As the app's own request is made, or the browser would download the list twice.
    expect(link?.getAttribute('crossorigin')).toBe('anonymous');
  });

  it('for a returning visitor, hides the first screen and fetches the list at once', () => {
    localStorage.setItem(VISITED_KEY, '1');
    boot('/');
    expect(root.classList.contains('no-first-screen')).toBe(true);
    expect(preloads()).toHaveLength(1);
  });

  it('for a returning visitor, puts the picture of their first screen over the app', () => {
    localStorage.setItem(VISITED_KEY, '1');
    localStorage.setItem(LAST_SCREEN_KEY, PICTURE);
    boot('/');
    parseBody();
    const picture = document.getElementById('last-screen');
    expect(picture?.nextElementSibling?.id).toBe('root');
    expect(picture?.className).toBe('last-screen');
    expect(picture?.inert).toBe(true);
    expect(picture?.getAttribute('aria-hidden')).toBe('true');
    expect(picture?.querySelector('h3')?.textContent).toBe('A paper');
    expect(picture?.querySelector('select')?.value).toBe('read');
    // Through the style object: the Content-Security-Policy refuses style attributes in markup.
    expect(picture?.querySelector<HTMLElement>('.progress__fill')?.style.width).toBe('40%');
    // Once: the page's later readiness changes do not add another.
    document.dispatchEvent(new Event('readystatechange'));
    expect(document.querySelectorAll('.last-screen')).toHaveLength(1);
  });

  it('shows no picture on a first visit, at another address, or with none kept', () => {
    localStorage.setItem(LAST_SCREEN_KEY, PICTURE);
    boot('/');
    parseBody();
    expect(document.getElementById('last-screen')).toBeNull();
    localStorage.setItem(VISITED_KEY, '1');
    for (const path of ['/settings', '/?q=fuzzing']) {
      boot(path);
      parseBody();
      expect(document.getElementById('last-screen')).toBeNull();
    }
    localStorage.removeItem(LAST_SCREEN_KEY);
    boot('/');
    parseBody();
    expect(document.getElementById('last-screen')).toBeNull();
  });

  it('applies the theme chosen in the app before the first paint', () => {
    localStorage.setItem('readmark:theme', 'dark');
    boot('/settings');
    expect(root.dataset.theme).toBe('dark');
    localStorage.setItem('readmark:theme', 'something else');
    delete root.dataset.theme;
    boot('/settings');
    expect(root.dataset.theme).toBeUndefined();
  });

  it('hides it at any other address, and for a filtered list', () => {
    for (const path of ['/settings', '/paper/arxiv%3A1', '/?q=fuzzing']) {
      root.classList.remove('no-first-screen');
      boot(path);
      expect(root.classList.contains('no-first-screen')).toBe(true);
    }
  });

  it('hides it when storage cannot be read', () => {
    const refuse = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    boot('/');
    expect(root.classList.contains('no-first-screen')).toBe(true);
    refuse.mockRestore();
  });
});
