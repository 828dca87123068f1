// Every rule file is checked against its schema when it is loaded from source. A bundle of the
// pipeline (run/bundled-module.ts) is only ever made by a process that had loaded the same
// files from source and so checked them (the extractor's version covers the rule files, and a
// bundle is made only for its own version): its starts skip the check, which was a third of
// starting a map thread (about 0.15 s of zod per thread, on the path of every rebuild). That
// is only the same when a file is exactly what its schema reads, so from source a file holding
// anything the schema would drop or change is refused.

import { isDeepStrictEqual } from "node:util";
import type * as z from "zod";

// Replaced by `true` in the bundles (esbuild's define); unset when running from source.
declare const __RULE_FILES_CHECKED__: boolean | undefined;

const checkedBefore =
  typeof __RULE_FILES_CHECKED__ !== "undefined" && __RULE_FILES_CHECKED__ === true;

/** `schema.parse(file)`, or the file as it is in a bundle whose files were checked. */
export function checkedRuleFile<S extends z.ZodType>(
  schema: S,
  file: unknown,
  name: string,
): z.output<S> {
  if (checkedBefore) return file as z.output<S>;
  const parsed = schema.parse(file);
  if (!isDeepStrictEqual(parsed, file))
    throw new Error(
      `src/pipeline/rules/en/${name}.json holds fields its schema does not read (or reads differently); declare them in the schema or remove them`,
    );
  return parsed;
}
