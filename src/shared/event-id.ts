import { slugify } from "./slug";

// Each title's slug, made once: a build works out every event's id base three times (ids,
// the index leaving them out, the index's check reading them back), and titles repeat across
// events. Cleared when full, so a long-running app holds at most this many.
const SLUGS_KEPT = 1 << 17;
const slugs = new Map<string, string>();

function titleSlug(title: string): string {
  let slug = slugs.get(title);
  if (slug === undefined) {
    if (slugs.size >= SLUGS_KEPT) slugs.clear();
    slugs.set(title, (slug = slugify(title)));
  }
  return slug;
}

/**
 * An event's id before any collision suffix: its start (or "undated") and its title's slug,
 * readable in a link. The build gives colliding events -2, -3...; the index leaves out every
 * id equal to this, and the app puts it back from the event's start and title.
 */
export function eventIdBase(start: string | null, title: string): string {
  return `${start ?? "undated"}-${titleSlug(title)}`;
}
