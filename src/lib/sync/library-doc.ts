import type * as Y from 'yjs';
import type { PaperState, ReadingStatus } from '../paper-state';
import { mergeTexts, spliceBetween } from '../text/text-splice';

/*
 * The shape of a user's library as a Yjs document. Only root-level types are used for anything
 * two offline devices may create under the same name (a nested map made on both sides keeps only
 * one of them), so each paper has three roots of its own:
 *   paper:<id>  Y.Map   title, url, createdAt, updatedAt, noteUpdatedAt, tagsUpdatedAt,
 *                       `reading` (status with its dates, one value so they never mix), removed
 *   note:<id>   Y.Text  the note, merged character by character
 *   tags:<id>   Y.Map   lower-cased tag -> { name, at }: concurrent adds of two tags both stay
 * plus `index` (paper id -> true, to find them), `lists` (list id -> stored list) and
 * `settings` (nextUpOrder). Root types cannot be deleted: a removed paper is flagged.
 */

type Reading = Pick<PaperState, 'status' | 'statusChangedAt' | 'startedAt' | 'finishedAt'>;
type TagEntry = { name: string; at: number };

const paperMap = (doc: Y.Doc, id: string) => doc.getMap<unknown>(`paper:${id}`);
const noteText = (doc: Y.Doc, id: string) => doc.getText(`note:${id}`);
const tagMap = (doc: Y.Doc, id: string) => doc.getMap<TagEntry>(`tags:${id}`);
const index = (doc: Y.Doc) => doc.getMap<true>('index');

export const listsMap = (doc: Y.Doc) => doc.getMap<unknown>('lists');
export const settingsMap = (doc: Y.Doc) => doc.getMap<unknown>('settings');

export function paperIds(doc: Y.Doc): string[] {
  return [...index(doc).keys()];
}

const STATUSES: readonly string[] = ['unread', 'to-read', 'reading', 'read'];

function readReading(value: unknown): Reading {
  const reading = (typeof value === 'object' && value !== null ? value : {}) as Partial<Reading>;
  const status = STATUSES.includes(String(reading.status))
    ? (reading.status as ReadingStatus)
    : 'unread';
  return {
    status,
    statusChangedAt: numberOr(reading.statusChangedAt),
    startedAt: numberOr(reading.startedAt),
    finishedAt: numberOr(reading.finishedAt),
  };
}

function numberOr(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function readTags(doc: Y.Doc, id: string): string[] {
  return [...tagMap(doc, id).values()]
    .filter((entry) => typeof entry?.name === 'string')
    .sort(byTimeAdded)
    .map((entry) => entry.name);
}

// Tags added at the same moment on two devices go by name, so that both list them alike.
function byTimeAdded(a: TagEntry, b: TagEntry): number {
  // Stryker disable next-line EqualityOperator: two entries never share a name (each is kept under its lower-cased name), and if they did, either order lists the same names
  return a.at - b.at || (a.name < b.name ? -1 : 1);
}

/** A paper's state as the document has it; undefined when it was never there or was removed. */
export function readPaper(doc: Y.Doc, id: string): PaperState | undefined {
  if (!index(doc).has(id)) return undefined;
  const map = paperMap(doc, id);
  if (map.get('removed') === true) return undefined;
  const createdAt = numberOr(map.get('createdAt')) ?? 0;
  const state: PaperState = {
    id,
    title: String(map.get('title') ?? ''),
    url: String(map.get('url') ?? ''),
    ...readReading(map.get('reading')),
    note: noteText(doc, id).toString(),
    noteUpdatedAt: numberOr(map.get('noteUpdatedAt')),
    tags: readTags(doc, id),
    tagsUpdatedAt: numberOr(map.get('tagsUpdatedAt')),
    createdAt,
    updatedAt: numberOr(map.get('updatedAt')) ?? createdAt,
  };
  return withoutUndefined(state);
}

function withoutUndefined(state: PaperState): PaperState {
  return Object.fromEntries(
    Object.entries(state).filter(([, value]) => value !== undefined),
  ) as PaperState;
}

const tagKey = (tag: string) => tag.toLowerCase();

/** Whether two states say the same to a reader (times that only date a change are left out). */
export function sameContent(a: PaperState | undefined, b: PaperState | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.title === b.title &&
    a.url === b.url &&
    sameReading(a, b) &&
    a.note === b.note &&
    sameTags(a.tags, b.tags)
  );
}

function sameReading(a: Reading, b: Reading): boolean {
  return (
    a.status === b.status &&
    a.statusChangedAt === b.statusChangedAt &&
    a.startedAt === b.startedAt &&
    a.finishedAt === b.finishedAt
  );
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(a.map(tagKey));
  return b.every((tag) => keys.has(tagKey(tag)));
}

/**
 * Writes what changed locally, from `agreed` (what the document and the table last agreed on)
 * to `next`, into the document. Changes the document received meanwhile stay: the note is
 * merged character by character, tags added elsewhere are kept, and only the fields that changed
 * here are set. Without `agreed` the paper is new to the document, or `next` simply wins.
 * Call inside `doc.transact`.
 */
export function writePaper(doc: Y.Doc, next: PaperState, agreed?: PaperState): void {
  const map = paperMap(doc, next.id);
  // Stryker disable next-line BooleanLiteral: only the index's keys are ever read (has, keys); the value is a placeholder
  index(doc).set(next.id, true);
  // Stryker disable next-line ConditionalExpression: deleting a Y.Map key that is absent or already deleted changes nothing (typeMapDelete, Item.delete), and 'removed' is only ever set to true
  if (map.get('removed') === true) map.delete('removed');
  setIfChanged(map, 'title', next.title);
  setIfChanged(map, 'url', next.url);
  if (!map.has('createdAt')) map.set('createdAt', next.createdAt);
  setIfChanged(map, 'updatedAt', Math.max(next.updatedAt, numberOr(map.get('updatedAt')) ?? 0));
  if (!agreed || !sameReading(agreed, next)) {
    const reading: Reading = {
      status: next.status,
      statusChangedAt: next.statusChangedAt,
      startedAt: next.startedAt,
      finishedAt: next.finishedAt,
    };
    if (!sameReading(readReading(map.get('reading')), reading)) map.set('reading', reading);
  }
  writeNote(doc, next, agreed);
  writeTags(doc, next, agreed);
}

function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === undefined) {
    // Stryker disable next-line ConditionalExpression: deleting a Y.Map key that is absent changes nothing (typeMapDelete)
    if (map.has(key)) map.delete(key);
  } else if (map.get(key) !== value) {
    map.set(key, value);
  }
}

function writeNote(doc: Y.Doc, next: PaperState, agreed: PaperState | undefined): void {
  const text = noteText(doc, next.id);
  const current = text.toString();
  const target = agreed ? mergeTexts(agreed.note, next.note, current) : next.note;
  if (target === current) return;
  const { at, remove, insert } = spliceBetween(current, target);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: Y.Text.delete of 0 characters returns at once
  if (remove > 0) text.delete(at, remove);
  // Stryker disable next-line ConditionalExpression,StringLiteral: Y.Text.insert of '' returns at once
  if (insert !== '') text.insert(at, insert);
  setIfChanged(paperMap(doc, next.id), 'noteUpdatedAt', next.noteUpdatedAt);
}

function writeTags(doc: Y.Doc, next: PaperState, agreed: PaperState | undefined): void {
  const tags = tagMap(doc, next.id);
  const before = new Set((agreed?.tags ?? [...tags.values()].map((t) => t.name)).map(tagKey));
  const after = new Map(next.tags.map((tag, i) => [tagKey(tag), { tag, i }]));
  let changed = false;
  for (const [key, { tag, i }] of after) {
    const entry = tags.get(key);
    if (entry?.name === tag) continue;
    // Keeps the order tags were added in: a tag's time is when it first came, plus its place.
    tags.set(key, {
      name: tag,
      at: entry?.at ?? (next.tagsUpdatedAt ?? next.updatedAt) + i / 1000,
    });
    changed = true;
  }
  for (const key of before) {
    if (!after.has(key) && tags.has(key)) {
      tags.delete(key);
      changed = true;
    }
  }
  if (changed) setIfChanged(paperMap(doc, next.id), 'tagsUpdatedAt', next.tagsUpdatedAt);
}

/** Marks a paper removed (a restore that replaced everything, say). */
export function removePaper(doc: Y.Doc, id: string): void {
  if (index(doc).has(id)) paperMap(doc, id).set('removed', true);
}

// Root types by object, to name the ones a transaction touched.
const rootNames = new WeakMap<Y.Doc, WeakMap<Y.AbstractType<unknown>, string>>();

function rootName(doc: Y.Doc, type: Y.AbstractType<unknown>): string | undefined {
  let names = rootNames.get(doc);
  // Stryker disable next-line ConditionalExpression: building the names again gives the same names; the cache only saves the work
  if (!names?.has(type)) {
    names = new WeakMap();
    for (const [name, root] of doc.share) names.set(root as Y.AbstractType<unknown>, name);
    rootNames.set(doc, names);
  }
  return names.get(type);
}

export type Touched = { papers: Set<string>; lists: boolean; settings: boolean };

/** What a transaction changed, in the bridge's terms. */
export function touchedBy(doc: Y.Doc, transaction: Y.Transaction): Touched {
  const touched: Touched = { papers: new Set(), lists: false, settings: false };
  for (const [type, keys] of transaction.changed) {
    const name = rootName(doc, type as Y.AbstractType<unknown>);
    if (name === undefined) continue;
    if (name === 'index') {
      for (const key of keys) {
        // Stryker disable next-line ConditionalExpression: the index is a Y.Map, whose changed keys are always strings (null comes only from sequence types)
        if (key !== null) touched.papers.add(key);
      }
    } else if (name === 'lists') touched.lists = true;
    else if (name === 'settings') touched.settings = true;
    else {
      const colon = name.indexOf(':');
      if (colon > 0) touched.papers.add(name.slice(colon + 1));
    }
  }
  return touched;
}
