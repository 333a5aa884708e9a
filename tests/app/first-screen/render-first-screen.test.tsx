import { FIRST_SCREEN_PAPERS } from '../../../src/app/first-screen/first-screen-marks';
import {
  renderFirstScreen,
  renderFirstScreenOf,
} from '../../../src/app/first-screen/render-first-screen';
import type { Catalogue } from '../../../src/lib/catalogue/schema';
import { sampleCatalogue } from '../../fixtures/sample-catalogue';

function parse(html: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  const element = template.content.firstElementChild;
  if (!(element instanceof HTMLElement)) throw new Error('no element rendered');
  return element;
}

function manyPapers(count: number): Catalogue {
  const [first] = sampleCatalogue.papers;
  if (!first) throw new Error('the sample list is empty');
  return {
    ...sampleCatalogue,
    papers: Array.from({ length: count }, (_, index) => ({
      ...first,
      id: `paper-${index}`,
      title: `Paper number ${index}`,
    })),
  };
}

describe('the static first screen', () => {
  it('is one inert element that screen readers skip', () => {
    const screen = parse(renderFirstScreen(sampleCatalogue));
    expect(screen.id).toBe('first-screen');
    expect(screen.className).toBe('first-screen');
    expect(screen.hasAttribute('inert')).toBe(true);
    expect(screen.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows the list as a first visit sees it: title, sections, papers in order, nothing read', () => {
    const screen = parse(renderFirstScreen(sampleCatalogue));
    expect(screen.querySelector('h1')?.textContent).toBe('Sample Reading List');
    const titles = [...screen.querySelectorAll('article h3')].map((h) => h.textContent);
    expect(titles).toEqual(sampleCatalogue.papers.map((paper) => paper.title));
    expect([...screen.querySelectorAll('.list-heading')].map((h) => h.textContent)).toContain(
      'Testing',
    );
    expect(screen.querySelector('.section-nav')?.textContent).toContain('Debugging');
    expect(screen.querySelector('.progress__text')?.textContent).toBe(
      `0/${sampleCatalogue.papers.length} read`,
    );
    // The same author line as the app's cards, so nothing shifts when the app takes over.
    expect([...screen.querySelectorAll('.paper-card__authors')].map((p) => p.textContent)).toEqual([
      'Jie M. Zhang, Mark Harman, Lei Ma +1',
      'Chenyuan Yang, Yinlin Deng et al.',
    ]);
    for (const select of screen.querySelectorAll('select[aria-label="Status"]')) {
      expect((select as HTMLSelectElement).value).toBe('unread');
    }
  });

  it('holds only the papers a tall screen shows, however long the list', () => {
    const screen = parse(renderFirstScreen(manyPapers(5000)));
    expect(FIRST_SCREEN_PAPERS).toBeLessThan(20);
    expect(screen.querySelectorAll('article')).toHaveLength(FIRST_SCREEN_PAPERS);
    expect(screen.querySelector('.toolbar__count')?.textContent).toBe('5000 papers');
  });

  it('carries no id, label link or inline style that could clash with the app or the CSP', () => {
    const screen = parse(renderFirstScreen(sampleCatalogue));
    for (const attribute of ['id', 'style', 'for', 'aria-labelledby', 'tabindex']) {
      expect(screen.querySelectorAll(`[${attribute}]`)).toHaveLength(0);
    }
  });

  it('writes hostile titles as text', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const [first, ...rest] = sampleCatalogue.papers;
    if (!first) throw new Error('the sample list is empty');
    const screen = parse(
      renderFirstScreen({ ...sampleCatalogue, papers: [{ ...first, title: hostile }, ...rest] }),
    );
    expect(screen.querySelector('img, script')).toBeNull();
    expect(screen.querySelector('article h3')?.textContent).toBe(hostile);
  });

  it('checks a catalogue file as the app does', () => {
    expect(() => renderFirstScreenOf('not json')).toThrow('is not JSON');
    expect(parse(renderFirstScreenOf(JSON.stringify(sampleCatalogue))).id).toBe('first-screen');
  });
});
