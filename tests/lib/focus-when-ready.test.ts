import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { focusWhenReady } from '../../src/lib/focus-when-ready';

// Frames run only when the test says so, so it can add the element between two of them.
let frames: FrameRequestCallback[] = [];
const runFrame = () => {
  const due = frames;
  frames = [];
  due.forEach((callback) => callback(0));
};

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

const addButton = () => {
  const button = document.createElement('button');
  button.className = 'row';
  document.body.append(button);
  return button;
};

describe('focusWhenReady', () => {
  it('focuses an element already on the page at once', () => {
    const button = addButton();
    focusWhenReady('.row');
    expect(document.activeElement).toBe(button);
    expect(frames).toHaveLength(0);
  });

  it('focuses the element once a later frame renders it', () => {
    focusWhenReady('.row');
    runFrame();
    runFrame();
    const button = addButton();
    expect(document.activeElement).not.toBe(button);
    runFrame();
    expect(document.activeElement).toBe(button);
    expect(frames).toHaveLength(0);
  });

  it('waits the number of frames it is given, and no more', () => {
    focusWhenReady('.row', 3);
    for (let frame = 0; frame < 3; frame += 1) runFrame();
    const late = addButton();
    runFrame();
    expect(frames).toHaveLength(0);
    expect(document.activeElement).not.toBe(late);

    document.body.replaceChildren();
    focusWhenReady('.row', 3);
    for (let frame = 0; frame < 2; frame += 1) runFrame();
    const last = addButton();
    runFrame();
    expect(document.activeElement).toBe(last);
  });

  it('gives up when nothing renders the element', () => {
    focusWhenReady('.row');
    let waited = 0;
    while (frames.length > 0 && waited < 1000) {
      runFrame();
      waited += 1;
    }
    expect(waited).toBe(60);
  });
});
