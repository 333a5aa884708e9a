// @vitest-environment node
import { withFirstScreen } from '../../scripts/first-screen';

const INDEX = '<body>\n    <div id="root"><main>Loading</main></div>\n  </body>';

describe('placing the first screen in index.html', () => {
  it('goes just before the root, which it lies over', () => {
    const html = withFirstScreen(INDEX, '<div class="first-screen">A</div>');
    expect(html.indexOf('<div class="first-screen">A</div>')).toBeLessThan(
      html.indexOf('<div id="root">'),
    );
    expect(html).toContain('<main>Loading</main>');
  });

  it('replaces one written before, for another list, rather than adding a second', () => {
    const once = withFirstScreen(INDEX, '<div class="first-screen">A</div>');
    const twice = withFirstScreen(once, '<div class="first-screen">B</div>');
    expect(twice).not.toContain('>A<');
    expect(twice.match(/first-screen/g)).toHaveLength(1);
    expect(twice).toBe(withFirstScreen(INDEX, '<div class="first-screen">B</div>'));
  });

  it('refuses a page without the root', () => {
    expect(() => withFirstScreen('<body></body>', 'x')).toThrow('no <div id="root">');
  });
});
