import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterLoad, afterPaint } from '../../src/lib/after-paint';

const FRAME_MS = 16;
// The frame, then the zero timeout after it (which the fake timers, like Node, run 1 ms later).
const PAINTED_MS = FRAME_MS + 1;

// A browser that paints a frame every 16 ms and is never idle: an idle callback then runs only
// when its timeout is up, as browsers do.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
    setTimeout(() => callback(0), FRAME_MS),
  );
  vi.stubGlobal(
    'requestIdleCallback',
    (callback: IdleRequestCallback, options?: IdleRequestOptions) =>
      setTimeout(
        () => callback({ didTimeout: true, timeRemaining: () => 0 }),
        options?.timeout ?? 60_000,
      ),
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(document, 'readyState');
});

// Whether a promise has settled yet, read after advancing the timers.
function track(promise: Promise<void>) {
  const state = { done: false };
  void promise.then(() => {
    state.done = true;
  });
  return state;
}

describe('afterPaint', () => {
  it('waits for the next frame and then for an idle moment, at most the timeout', async () => {
    const paint = track(afterPaint());
    await vi.advanceTimersByTimeAsync(PAINTED_MS + 299);
    expect(paint.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(paint.done).toBe(true);

    const slow = track(afterPaint(1000));
    await vi.advanceTimersByTimeAsync(PAINTED_MS + 999);
    expect(slow.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(slow.done).toBe(true);
  });

  it('resolves after the frame where the browser has no idle callbacks', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const paint = track(afterPaint());
    await vi.advanceTimersByTimeAsync(PAINTED_MS - 1);
    expect(paint.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(paint.done).toBe(true);
  });
});

describe('afterLoad', () => {
  const setReadyState = (state: DocumentReadyState) =>
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });

  it('waits only for paint once the page has loaded', async () => {
    setReadyState('complete');
    const loaded = track(afterLoad());
    await vi.advanceTimersByTimeAsync(PAINTED_MS + 299);
    expect(loaded.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(loaded.done).toBe(true);
  });

  it('waits for the load event and then for paint while the page is loading', async () => {
    setReadyState('interactive');
    const loaded = track(afterLoad());
    await vi.advanceTimersByTimeAsync(5000);
    expect(loaded.done).toBe(false);
    window.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(PAINTED_MS + 299);
    expect(loaded.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(loaded.done).toBe(true);
  });
});
