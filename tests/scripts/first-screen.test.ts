// @vitest-environment node
import { withBootScriptAndStylesheetsFirst, withFirstScreen } from '../../scripts/first-screen';

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

describe('the head of the built page', () => {
  const built = [
    '<head>',
    '    <title>Readmark</title>',
    '    <script type="module" crossorigin src="/assets/index.js"></script>',
    '    <link rel="modulepreload" crossorigin href="/assets/core.js">',
    '    <link rel="stylesheet" crossorigin href="/assets/index.css">',
    '  </head>',
  ].join('\n');
  const html = withBootScriptAndStylesheetsFirst(built, 'boot();');

  it('starts with the boot script, then the stylesheets, before any module', () => {
    const boot = html.indexOf('<script>boot();</script>');
    const css = html.indexOf('<link rel="stylesheet" crossorigin href="/assets/index.css">');
    expect(boot).toBeGreaterThan(html.indexOf('</title>'));
    expect(css).toBeGreaterThan(boot);
    expect(css).toBeLessThan(html.indexOf('<script type="module"'));
    expect(css).toBeLessThan(html.indexOf('modulepreload'));
  });

  it('loses nothing and adds nothing else', () => {
    expect(html.match(/rel="stylesheet"/g)).toHaveLength(1);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/core.js">');
  });
});
