// `npx tsx test/eval/missing-texts.ts`: which real-corpus texts are not on this machine, and
// how to get each back. The texts are third-party pages, kept out of git; the manifest keeps
// their addresses and the query that found each in the search tool's "pages" corpus.

import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const dir = resolve(import.meta.dirname, "..", "fixtures", "real-corpus");
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {
  file: string;
  url: string;
  query: string;
}[];
const missing = manifest.filter((m) => !existsSync(join(dir, "texts", m.file)));
if (missing.length === 0) {
  console.log(`all ${manifest.length} texts present in ${join(dir, "texts")}`);
} else {
  console.log(
    `${missing.length} of ${manifest.length} texts missing. For each: search the "pages" corpus with the query,\n` +
      `take the result whose url matches, and save its excerpt verbatim (UTF-8, keeping a leading\n` +
      `" date YYYY-MM-DD ") as texts/<file>:\n`,
  );
  for (const m of missing) console.log(`${m.file}\n  url:   ${m.url}\n  query: ${m.query}`);
  process.exitCode = 1;
}
