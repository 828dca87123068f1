// The index checked with the app's own schema (`indexFileSchema`), every row of it, each build.
// Rows used to be checked only where new, in runs keyed by a hash of their JSON; but the row
// rules are plain passes over the columns (fastColumn), and checking every row of a
// 10,000-article index (about 40 ms) costs less than serialising and hashing its runs to find
// the new ones did (about 100 ms). Pure.

import { indexFileSchema, type Dataset, type IndexFile } from "../../shared/schema";

export function checkedIndex(file: IndexFile): Dataset {
  return indexFileSchema.parse(file);
}
