// The index checked with the app's own rules, every row of it, each build: `indexFileChecks`
// is `indexFileSchema` without reading the index back as records, which the build does not
// need. Rows used to be checked only where new, in runs keyed by a hash of their JSON; but the
// row rules are plain passes over the columns (fastColumn), and checking every row of a
// 10,000-article index (about 40 ms) costs less than serialising and hashing its runs to find
// the new ones did (about 100 ms). Pure.

import { indexFileChecks, type IndexFile } from "../../shared/schema";

/** The index's columns as checked; throws as `indexFileSchema.parse` would. */
export function checkedIndex(file: IndexFile): IndexFile {
  return indexFileChecks.parse(file);
}
