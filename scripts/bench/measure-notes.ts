/**
 * Note keystroke latency, measured in the page: a paper with a long note is opened (its
 * dialog), the caret put at the end, and a line typed one key at a time at a typist's pace.
 * Per keystroke: from the keydown's timestamp (so time queued behind a busy main thread
 * counts) to the first animation frame after its input event, the frame that paints the
 * character. Then: when a raw IndexedDB read first returns the typed note (the autosave, which
 * waits for typing to stop, has committed), and with sync on, when the server acknowledged
 * the change and the page said `synced` (see sync-page.ts). Event Timing's view of the same keys (its
 * durations run to the next paint, in 8 ms steps, and only those of 16 ms or more are kept) is
 * recorded beside it as a cross-check.
 */
import type { Page } from '@playwright/test';
import { settle } from './browser';
import { deadline } from './measure';
import { waitForQuiet } from './measure-status';
import type { NotePaper } from './site';
import { waitForChangeSync, type ChangeSync } from './sync-page';

// 40 characters, plain keys only (no Enter, nothing a shortcut might take).
export const NOTE_TEXT = ' Compare with the baseline; rerun fig 3.';
// About 110 words a minute with the round trip of each key: a quick typist.
export const NOTE_KEY_DELAY_MS = 85;
const COMMIT_LIMIT_MS = 15_000;
const SYNCED_LIMIT_MS = 30_000;

type Keystroke = { t0: number; t1?: number };
type NoteProbe = {
  keys: Keystroke[];
  /** Event Timing entries of 16 ms or more on the Notes box: keydown durations. */
  slow: number[];
  committed?: number;
  commitError?: string;
};
type NoteWindow = Window & { __benchNote?: NoteProbe };

export type NoteRun = {
  latencies: number[];
  slowEvents: number[];
  /** From the last keydown to the commit. */
  committed: number;
  /** With sync on: from the last keydown to the server's acknowledgement and to `synced`. */
  sync?: ChangeSync;
};

/** Installed once per page; each call starts a fresh record. */
function noteProbe(): void {
  const probe = window as NoteWindow;
  const fresh: NoteProbe = { keys: [], slow: [] };
  if (probe.__benchNote) {
    probe.__benchNote = fresh;
    return;
  }
  probe.__benchNote = fresh;
  const record = () => probe.__benchNote ?? fresh;
  const isNotes = (target: EventTarget | null) =>
    target instanceof HTMLTextAreaElement && target.getAttribute('aria-label') === 'Notes';
  let keydownAt: number | undefined;
  document.addEventListener(
    'keydown',
    (event) => {
      if (isNotes(event.target)) keydownAt = event.timeStamp;
    },
    true,
  );
  document.addEventListener(
    'input',
    (event) => {
      if (!isNotes(event.target)) return;
      const key: Keystroke = { t0: keydownAt ?? event.timeStamp };
      keydownAt = undefined;
      record().keys.push(key);
      requestAnimationFrame(() => (key.t1 = performance.now()));
    },
    true,
  );
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'keydown' && isNotes((entry as PerformanceEventTiming).target)) {
          record().slow.push(entry.duration);
        }
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  } catch {
    // No Event Timing: the cross-check stays empty.
  }
}

/**
 * Starts, in the page, reading the paper's record back to back until its note is the text in
 * the box; the time it first is lands in the probe.
 */
function watchCommit({ id, limitMs }: { id: string; limitMs: number }): void {
  const probe = (window as NoteWindow).__benchNote;
  const box = document.querySelector('textarea[aria-label="Notes"]');
  if (!probe || !(box instanceof HTMLTextAreaElement)) {
    if (probe) probe.commitError = 'the Notes box is gone';
    return;
  }
  const wanted = box.value;
  const started = performance.now();
  const request = indexedDB.open('readmark');
  request.onerror = () => (probe.commitError = String(request.error));
  request.onsuccess = () => {
    const db = request.result;
    const poll = () => {
      if (performance.now() - started > limitMs) {
        probe.commitError = `not written in ${limitMs} ms`;
        return db.close();
      }
      const read = db.transaction('papers', 'readonly').objectStore('papers').get(id);
      read.onsuccess = () => {
        if ((read.result as { note?: string } | undefined)?.note === wanted) {
          probe.committed = performance.now();
          db.close();
        } else poll();
      };
      read.onerror = () => (probe.commitError = String(read.error));
    };
    poll();
  };
}

/** Opens the paper's dialog from the search box; returns its Notes box, caret at the end. */
async function openNotes(page: Page, paper: NotePaper) {
  await page.getByRole('searchbox', { name: 'Search' }).fill(paper.title);
  const card = page.getByRole('article', { name: paper.title, exact: true }).first();
  await card.getByRole('link', { name: paper.title, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: paper.title });
  const notes = dialog.getByRole('textbox', { name: 'Notes' });
  await notes.waitFor({ state: 'visible' });
  await page.waitForFunction(
    () => {
      const box = document.querySelector('textarea[aria-label="Notes"]');
      return box instanceof HTMLTextAreaElement && !box.readOnly && box.value.length > 0;
    },
    undefined,
    deadline(15_000),
  );
  await notes.click();
  await notes.press('ControlOrMeta+End');
  return dialog;
}

/**
 * One run: types NOTE_TEXT at the end of the paper's note, waits for the commit (and `synced`
 * when `sync`), and closes the dialog.
 */
export async function typeNote(page: Page, paper: NotePaper, sync: boolean): Promise<NoteRun> {
  const dialog = await openNotes(page, paper);
  try {
    return await typeInto(page, paper, sync);
  } finally {
    // Closed whatever happened, so the steps after this one find the list.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
  }
}

async function typeInto(page: Page, paper: NotePaper, sync: boolean): Promise<NoteRun> {
  await page.evaluate(noteProbe);
  await waitForQuiet(page, 0, 15_000);
  await settle(page, 300);
  await page.keyboard.type(NOTE_TEXT, { delay: NOTE_KEY_DELAY_MS });
  // The keys were all handled when type() returned; the autosave waits 600 ms after the last.
  await page.evaluate(watchCommit, { id: paper.id, limitMs: COMMIT_LIMIT_MS });
  const handle = await page.waitForFunction(
    (count) => {
      const probe = (window as NoteWindow).__benchNote;
      if (!probe) return { error: 'the probe is gone' };
      if (probe.commitError) return { error: probe.commitError };
      const painted = probe.keys.length >= count && probe.keys.every((key) => key.t1 !== undefined);
      return painted && probe.committed !== undefined ? probe : undefined;
    },
    NOTE_TEXT.length,
    deadline(COMMIT_LIMIT_MS + 5_000),
  );
  const probe = (await handle.jsonValue()) as NoteProbe | { error: string };
  if ('error' in probe) throw new Error(`note: ${probe.error}`);
  if (probe.keys.length !== NOTE_TEXT.length) {
    throw new Error(`note: ${probe.keys.length} input events for ${NOTE_TEXT.length} keys`);
  }
  const lastKey = probe.keys.at(-1)?.t0 ?? NaN;
  const run: NoteRun = {
    latencies: probe.keys.map((key) => (key.t1 ?? NaN) - key.t0),
    slowEvents: probe.slow,
    committed: (probe.committed ?? NaN) - lastKey,
  };
  if (sync) run.sync = await waitForChangeSync(page, lastKey, SYNCED_LIMIT_MS);
  return run;
}
