import { renderHook } from '@testing-library/react';
import { LAST_SCREEN_KEY } from '../../../src/app/first-screen/first-screen-marks';
import type { LastScreen } from '../../../src/app/first-screen/last-screen';
import { KEEP_AFTER_MS, useLastScreen } from '../../../src/app/first-screen/use-last-screen';
import { sampleCatalogue } from '../../fixtures/sample-catalogue';
import { paperState } from '../../lib/backup/backup-fixtures';

const id = sampleCatalogue.papers[0]?.id ?? 'none';

function screenWith(status: 'read' | 'reading'): LastScreen {
  return {
    catalogue: sampleCatalogue,
    states: new Map([[id, paperState(id, { status })]]),
    defaultTitle: 'Sample Reading List',
    lists: [],
    activeListId: 'default',
    density: 'cards',
    theme: 'system',
  };
}

const keptStatus = () => {
  const kept = document.createElement('div');
  kept.innerHTML = localStorage.getItem(LAST_SCREEN_KEY) ?? '';
  return kept.querySelector('select[aria-label="Status"] option[selected]')?.getAttribute('value');
};

function hidePage(state: 'hidden' | 'visible' = 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('keeping the picture of the first screen', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => {
    vi.useRealTimers();
    localStorage.clear();
    hidePage('visible');
  });

  it('keeps it a while after the last change, once', () => {
    const { rerender } = renderHook(({ screen }) => useLastScreen(screen), {
      initialProps: { screen: screenWith('reading') },
    });
    vi.advanceTimersByTime(KEEP_AFTER_MS - 1);
    rerender({ screen: screenWith('read') });
    vi.advanceTimersByTime(KEEP_AFTER_MS - 1);
    expect(localStorage.getItem(LAST_SCREEN_KEY)).toBeNull();
    vi.advanceTimersByTime(1);
    expect(keptStatus()).toBe('read');
  });

  it('keeps the latest at once when the page is hidden, or goes', () => {
    const { rerender } = renderHook(({ screen }) => useLastScreen(screen), {
      initialProps: { screen: screenWith('read') },
    });
    hidePage();
    expect(keptStatus()).toBe('read');
    hidePage('visible');
    rerender({ screen: screenWith('reading') });
    expect(keptStatus()).toBe('read');
    window.dispatchEvent(new Event('pagehide'));
    expect(keptStatus()).toBe('reading');
  });

  it('does not picture it again when nothing changed', () => {
    renderHook(() => useLastScreen(screenWith('read')), {});
    hidePage();
    localStorage.setItem(LAST_SCREEN_KEY, 'the same');
    window.dispatchEvent(new Event('pagehide'));
    vi.advanceTimersByTime(KEEP_AFTER_MS);
    expect(localStorage.getItem(LAST_SCREEN_KEY)).toBe('the same');
  });

  it('keeps nothing before the states are read, nor while the page is still shown', () => {
    renderHook(() => useLastScreen(null));
    hidePage('visible');
    hidePage();
    vi.advanceTimersByTime(KEEP_AFTER_MS);
    expect(localStorage.getItem(LAST_SCREEN_KEY)).toBeNull();
  });
});
