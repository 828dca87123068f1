import type { TimelineItemSpec } from "./to-items";

/** What makes two versions of an item different enough to draw again. */
export function signature(item: TimelineItemSpec): string {
  return [
    item.group,
    item.start.getTime(),
    item.end?.getTime() ?? "",
    item.className,
    item.content,
  ].join("|");
}

export type ItemChanges<T> = { remove: string[]; add: T[]; shown: Map<string, string> };

/**
 * The change from the items shown to the next ones: ids to remove and items to add, a changed
 * item being both (vis measures an added item in one batch with the others; an updated one it
 * would measure on its own, at once). Nothing that stays the same is touched.
 */
export function diffItems<T extends { id: string }>(
  shown: ReadonlyMap<string, string>,
  next: readonly T[],
  signatureOf: (item: T) => string,
): ItemChanges<T> {
  const now = new Map<string, string>();
  const add: T[] = [];
  for (const item of next) {
    const sig = signatureOf(item);
    if (now.has(item.id)) continue;
    now.set(item.id, sig);
    if (shown.get(item.id) !== sig) add.push(item);
  }
  const remove = [...shown].filter(([id, sig]) => now.get(id) !== sig).map(([id]) => id);
  return { remove, add, shown: now };
}
