import { slugify } from "./slug";

/**
 * An event's id before any collision suffix: its start (or "undated") and its title's slug,
 * readable in a link. The build gives colliding events -2, -3...; the index leaves out every
 * id equal to this, and the app puts it back from the event's start and title.
 */
export function eventIdBase(start: string | null, title: string): string {
  return `${start ?? "undated"}-${slugify(title)}`;
}

/** The index's event ids with every id it leaves out (null) put back. */
export function eventIdsOf(columns: {
  id: readonly (string | null)[];
  start: readonly (string | null)[];
  title: readonly string[];
}): string[] {
  return columns.id.map(
    (id, i) => id ?? eventIdBase(columns.start[i] ?? null, columns.title[i] ?? ""),
  );
}
