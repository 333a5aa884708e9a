import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// Dialogs and pages load lazily: on a busy 2-core machine their first import can take more
// than the default second, and a `findBy…` that waits for one should wait for the condition.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout, so no ResizeObserver: an inert one lets layout-aware components mount.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
