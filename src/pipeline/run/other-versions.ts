// Files another extractor version keeps under the shared cache folder (its bundles, its record
// store and reduce state) can never serve this version, but a build of that version may be
// using them right now: two checkouts sharing node_modules build side by side, and removing a
// bundle or a store under a running build had failed it. So they go only once that version has
// not touched them for an hour, which outlasts any build here.

import { statSync, utimesSync } from "node:fs";

export const OTHER_VERSION_KEPT_MS = 60 * 60 * 1000;

/** True when `path` was last touched over an hour before `now`; false if it is gone. */
export function unusedForAnHour(path: string, now = Date.now()): boolean {
  try {
    return now - statSync(path).mtimeMs > OTHER_VERSION_KEPT_MS;
  } catch {
    return false;
  }
}

/** Marks `path` as in use, so other versions' builds leave it alone for the next hour. */
export function markInUse(path: string, now = Date.now()): void {
  try {
    utimesSync(path, now / 1000, now / 1000);
  } catch {
    // A folder that cannot be marked is at worst removed by another version's build later.
  }
}
