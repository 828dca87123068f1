import { slugify } from "./slug";

/**
 * An event's id before any collision suffix: its start (or "undated") and its title's slug,
 * readable in a link. The build gives colliding events -2, -3...; the index leaves out every
 * id equal to this, and the app puts it back from the event's start and title.
 */
export function eventIdBase(start: string | null, title: string): string {
  return `${start ?? "undated"}-${slugify(title)}`;
}
