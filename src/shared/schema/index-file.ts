import * as z from "zod";
import { columnProblems } from "./column-problems";
import { indexFileObject, type IndexFileColumns } from "./index-columns";
import { checkIndexReferences } from "./index-references";
import { datasetOfIndexFile } from "./read-index";

// What holds between the index's rows (columns' lengths, positions, ids, references): checked
// over the whole index, after each row has been checked on its own.
// The references are checked on the columns (what checkReferences checks on the records read
// back, in the same order with the same messages), once the columns are known to fit
// together: reading back 50,000 events only to check them was most of a build's check of its
// index. The checks alone (`indexFileChecks`) are what the build runs on what it writes.
/** `indexFileSchema` without reading the index back as records: every rule, no `Dataset`. */
export const indexFileChecks = indexFileObject
  .superRefine((file, ctx) => {
    for (const problem of columnProblems(file))
      ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
  })
  .pipe(
    z
      .custom<IndexFileColumns>(() => true)
      .superRefine((file, ctx) => checkIndexReferences(file, ctx)),
  );

export const indexFileSchema = indexFileChecks.transform(datasetOfIndexFile);

export type IndexFile = z.input<typeof indexFileSchema>;
