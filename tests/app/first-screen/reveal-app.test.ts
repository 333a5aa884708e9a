import { VISITED_KEY } from '../../../src/app/first-screen/first-screen-marks';
import { revealApp } from '../../../src/app/first-screen/reveal-app';

describe('revealing the app', () => {
  beforeEach(() => localStorage.clear());

  it('removes the static first screen and remembers the visit', () => {
    document.body.innerHTML = '<div id="first-screen"></div><div id="root"></div>';
    revealApp();
    expect(document.getElementById('first-screen')).toBeNull();
    expect(document.getElementById('root')).not.toBeNull();
    expect(localStorage.getItem(VISITED_KEY)).toBe('1');
  });

  it('removes the picture of a returning visitor’s first screen', () => {
    document.body.innerHTML = '<div id="last-screen"></div><div id="root"></div>';
    revealApp();
    expect(document.getElementById('last-screen')).toBeNull();
    expect(document.getElementById('root')).not.toBeNull();
  });

  it('remembers the visit when there was no first screen (another address, a return)', () => {
    document.body.innerHTML = '<div id="root"></div>';
    revealApp();
    expect(localStorage.getItem(VISITED_KEY)).toBe('1');
  });

  it('still removes the first screen when storage refuses the write', () => {
    document.body.innerHTML = '<div id="first-screen"></div>';
    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => revealApp()).not.toThrow();
    expect(document.getElementById('first-screen')).toBeNull();
    refuse.mockRestore();
  });
});
