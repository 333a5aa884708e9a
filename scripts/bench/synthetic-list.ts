/**
 * Deterministic synthetic lists for the benchmark: a catalogue of `size` papers (titles of 6–12
 * words, venues with years, 20-word descriptions, 40 sections of which some are nested, bracket
 * tags) and, for the state-heavy measures, a reading state for every paper with a 1–5 KB note
 * on every fifth one. The same seed and size always give byte-identical output.
 */
import type { Catalogue, CataloguePaper, CatalogueSection } from '../../src/lib/catalogue/schema';
import type { PaperState, ReadingStatus } from '../../src/lib/paper-state';
import {
  BRACKET_TAGS,
  nameList,
  noteText,
  seededRandom,
  sentence,
  title,
  USER_TAGS,
  VENUES,
  type Random,
} from './synthetic-words';

const SECTION_COUNT = 40;
const TOP_LEVEL = 12;
// A fixed clock, so the states (and the backup made from them) never depend on today's date.
const EPOCH = Date.UTC(2025, 0, 1);

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function sections(random: Random, names: readonly string[]): CatalogueSection[] {
  const list: CatalogueSection[] = [];
  for (let i = 0; i < SECTION_COUNT; i += 1) {
    const parent = i < TOP_LEVEL ? null : (list[random.int(0, TOP_LEVEL - 1)] ?? null);
    const name = sentence(random, random.int(2, 4), names).replace(/[.*]/g, '');
    list.push({ id: `${slug(name)}-${i}`, title: name, parentId: parent?.id ?? null });
  }
  // Children follow their parent, as they do in a Markdown outline.
  return list
    .filter((section) => section.parentId === null)
    .flatMap((top) => [top, ...list.filter((section) => section.parentId === top.id)]);
}

function paper(random: Random, index: number, sectionIds: string[], names: readonly string[]) {
  const id = `arxiv:${1500 + (index % 900)}.${String(index).padStart(5, '0')}`;
  const entry: CataloguePaper = {
    id,
    title: title(random, names),
    url: `https://arxiv.org/abs/${id.slice('arxiv:'.length)}`,
    description: sentence(random, 20, names),
    sectionIds,
    tags: random.chance(0.3)
      ? [...new Set([random.pick(BRACKET_TAGS), random.pick(BRACKET_TAGS)])]
      : [],
    links: random.chance(0.3)
      ? [{ label: 'Code', url: `https://github.com/bench/${names[index % names.length]}` }]
      : [],
  };
  if (random.chance(0.9)) {
    entry.venue = random.skewed(VENUES);
    entry.year = random.int(1995, 2025);
  }
  return entry;
}

export function syntheticCatalogue(size: number, seed = 42): Catalogue {
  const random = seededRandom(seed);
  const names = nameList(random, 3000);
  const outline = sections(random, names);
  // Papers appear grouped by section, in outline order, like an awesome list's entries.
  const papers = Array.from({ length: size }, (_, index) => {
    const first = Math.floor((index / size) * outline.length);
    const ids = [outline[first]?.id ?? ''];
    if (random.chance(0.1)) ids.push(random.pick(outline).id);
    return paper(random, index, [...new Set(ids)], names);
  });
  return {
    schemaVersion: 1,
    title: `Synthetic list of ${size.toLocaleString('en-US')} papers`,
    sections: outline,
    papers,
  };
}

const STATUSES: readonly ReadingStatus[] = ['unread', 'to-read', 'to-read', 'reading', 'read'];

/** A state for every paper; every fifth has a note of 1 to 5 KB. */
export function syntheticStates(catalogue: Catalogue, seed = 7): PaperState[] {
  const random = seededRandom(seed);
  const names = nameList(random, 500);
  return catalogue.papers.map((entry, index) => {
    const createdAt = EPOCH + index * 1000;
    const status = random.pick(STATUSES);
    const state: PaperState = {
      id: entry.id,
      title: entry.title,
      url: entry.url,
      status,
      note: index % 5 === 0 ? noteText(random, random.int(1000, 5000), names) : '',
      tags: random.chance(0.1)
        ? [...new Set([random.pick(USER_TAGS), random.pick(USER_TAGS)])]
        : [],
      createdAt,
      updatedAt: createdAt + 60_000,
    };
    if (status !== 'unread') state.statusChangedAt = createdAt + 30_000;
    if (status === 'reading' || status === 'read') state.startedAt = createdAt + 30_000;
    if (status === 'read') state.finishedAt = createdAt + 30_000;
    if (state.note) state.noteUpdatedAt = createdAt + 60_000;
    if (state.tags.length > 0) state.tagsUpdatedAt = createdAt + 60_000;
    return state;
  });
}

/** A backup file (format v1, see src/lib/backup/backup-format.ts) holding these states. */
export function syntheticBackup(states: readonly PaperState[]): string {
  const papers = [...states].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const backup = {
    format: 'readmark-backup',
    version: 1,
    exportedAt: new Date(EPOCH + 86_400_000).toISOString(),
    app: 'readmark-bench',
    papers,
    lists: [],
    settings: {},
  };
  return JSON.stringify(backup, null, 2);
}
