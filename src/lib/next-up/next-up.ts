import type { CatalogueOutline } from '../catalogue/catalogue-outline';
import type { PaperState } from '../paper-state';

/**
 * The Next up list: papers in the saved order first (those still to read), then papers marked
 * To read since, in list order. Ids are unique in the result.
 */
export function nextUpList(toReadIds: readonly string[], savedOrder: readonly string[]): string[] {
  const toRead = new Set(toReadIds);
  const ordered = new Set(savedOrder.filter((id) => toRead.has(id)));
  for (const id of toReadIds) ordered.add(id);
  return [...ordered];
}

/** Moves one item to a new index (clamped to the list); a copy, or the same items if `from` is out of range. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  if (!Number.isInteger(from) || from < 0 || from >= items.length) return copy;
  // Stryker disable next-line ArithmeticOperator: splice puts an index past the end at the end, as length - 1 does here
  const target = Math.min(Math.max(Math.trunc(to), 0), items.length - 1);
  const [moved] = copy.splice(from, 1) as [T];
  copy.splice(target, 0, moved);
  return copy;
}

/**
 * The order to save after the user reorders the papers shown: one order is kept for every list,
 * so ids the page did not show (papers on another list) keep their place among the shown ones,
 * as long as they are still to read.
 */
export function mergeOrder(
  savedOrder: readonly string[],
  shown: readonly string[],
  stillToRead: { has(id: string): boolean },
): string[] {
  const shownSet = new Set(shown);
  const queue = [...shown];
  const merged: string[] = [];
  for (const id of savedOrder) {
    if (shownSet.has(id)) {
      const next = queue.shift();
      if (next !== undefined) merged.push(next);
    } else if (stillToRead.has(id) && !merged.includes(id)) {
      merged.push(id);
    }
  }
  return [...merged, ...queue];
}

type SectionRank = { index: number; read: number; started: number; total: number };

/**
 * A few unread papers from the sections the user is working through (at least one paper read
 * or being read), the furthest-along sections first, papers in list order. Papers already
 * marked To read are in Next up, so they are not suggested.
 */
export function suggestUnread(
  states: ReadonlyMap<string, PaperState>,
  outline: CatalogueOutline,
  limit = 5,
): string[] {
  const ranks: (SectionRank & { ids: ReadonlySet<string> })[] = [];
  outline.flat.forEach((section, index) => {
    const ids = outline.paperIdsBySection.get(section.id);
    // Stryker disable next-line ConditionalExpression, LogicalOperator: outlineCatalogue gives every section in flat a set, and an empty one has nothing started, so it is skipped below anyway
    if (!ids || ids.size === 0) return;
    let read = 0;
    let started = 0;
    for (const id of ids) {
      const status = states.get(id)?.status;
      if (status === 'read') read += 1;
      if (status === 'read' || status === 'reading') started += 1;
    }
    if (started > 0) ranks.push({ index, read, started, total: ids.size, ids });
  });
  // Furthest along by share read, then by share started, then in list order.
  ranks.sort(
    (a, b) =>
      b.read / b.total - a.read / a.total ||
      b.started / b.total - a.started / a.total ||
      // Stryker disable next-line ArithmeticOperator: ranks are pushed in list order, and the stable sort only asks whether a later rank goes before an earlier one, which a.index + b.index also answers no
      a.index - b.index,
  );

  const order = (id: string) => outline.orderById.get(id) ?? Number.MAX_SAFE_INTEGER;
  const suggested = new Set<string>();
  for (const rank of ranks) {
    const unread = [...rank.ids]
      .filter((id) => (states.get(id)?.status ?? 'unread') === 'unread')
      .sort((a, b) => order(a) - order(b));
    for (const id of unread) {
      if (suggested.size >= limit) return [...suggested];
      suggested.add(id);
    }
  }
  return [...suggested];
}
