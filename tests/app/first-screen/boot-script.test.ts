import { BOOT_SCRIPT } from '../../../src/app/first-screen/boot-script';
import { VISITED_KEY } from '../../../src/app/first-screen/first-screen-marks';

const root = document.documentElement;
const preloads = () =>
  document.head.querySelectorAll('link[rel="preload"][href="/catalogue.json"]');

// Runs the script as the page does, at `path`.
function boot(path: string): void {
  history.replaceState(null, '', path);
  new Function(BOOT_SCRIPT)();
}

describe('the boot script', () => {
  beforeEach(() => {
    localStorage.clear();
    root.classList.remove('no-first-screen');
    document.head.innerHTML = '';
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
