// `npx tsx test/eval/missing-texts.ts`: which real-corpus texts are not on this machine, and
// how to get each back. The texts are third-party pages, kept out of git; the manifest keeps
// their addresses and the query that found each in the search tool's "pages" corpus.

import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const dir = resolve(import.meta.dirname, "..", "fixtures", "real-corpus");
// Each set: its manifest and the git-ignored folder its texts go in.
const sets = [
  { manifest: "manifest.json", texts: "texts" },
  { manifest: "manifest-val.json", texts: "texts-val" },
  { manifest: "manifest-sealed.json", texts: "texts-sealed" },
  { manifest: "manifest-sealed2.json", texts: "texts-sealed2" },
  { manifest: "manifest-sealed3.json", texts: "texts-sealed3" },
  { manifest: "manifest-sealed4.json", texts: "texts-sealed4" },
  { manifest: "manifest-sealed5.json", texts: "texts-sealed5" },
  { manifest: "manifest-sealed6.json", texts: "texts-sealed6" },
  { manifest: "manifest-sealed7.json", texts: "texts-sealed7" },
  { manifest: "manifest-sealed8.json", texts: "texts-sealed8" },
  { manifest: "manifest-sealed9.json", texts: "texts-sealed9" },
  { manifest: "manifest-sealed10.json", texts: "texts-sealed10" },
  { manifest: "manifest-sealed11.json", texts: "texts-sealed11" },
  { manifest: "manifest-sealed12.json", texts: "texts-sealed12" },
  { manifest: "manifest-sealed13.json", texts: "texts-sealed13" },
  { manifest: "manifest-sealed14.json", texts: "texts-sealed14" },
  { manifest: "manifest-sealed15.json", texts: "texts-sealed15" },
  { manifest: "manifest-sealed16.json", texts: "texts-sealed16" },
  { manifest: "manifest-sealed17.json", texts: "texts-sealed17" },
  { manifest: "manifest-sealed18.json", texts: "texts-sealed18" },
  { manifest: "manifest-sealed19.json", texts: "texts-sealed19" },
  { manifest: "manifest-sealed20.json", texts: "texts-sealed20" },
  { manifest: "manifest-sealed21.json", texts: "texts-sealed21" },
  { manifest: "manifest-sealed22.json", texts: "texts-sealed22" },
  { manifest: "manifest-sealed23.json", texts: "texts-sealed23" },
  { manifest: "manifest-sealed24.json", texts: "texts-sealed24" },
  { manifest: "manifest-sealed25.json", texts: "texts-sealed25" },
  { manifest: "manifest-sealed26.json", texts: "texts-sealed26" },
  { manifest: "manifest-sealed27.json", texts: "texts-sealed27" },
  { manifest: "manifest-sealed28.json", texts: "texts-sealed28" },
  { manifest: "manifest-dev28.json", texts: "texts-dev28" },
  { manifest: "manifest-sealed29.json", texts: "texts-sealed29" },
  { manifest: "manifest-dev29.json", texts: "texts-dev29" },
  { manifest: "manifest-sealed30.json", texts: "texts-sealed30" },
  { manifest: "manifest-dev30.json", texts: "texts-dev30" },
  { manifest: "manifest-sealed31.json", texts: "texts-sealed31" },
  { manifest: "manifest-dev31.json", texts: "texts-dev31" },
  { manifest: "manifest-sealed32.json", texts: "texts-sealed32" },
  { manifest: "manifest-dev32.json", texts: "texts-dev32" },
  { manifest: "manifest-sealed33.json", texts: "texts-sealed33" },
  { manifest: "manifest-dev33.json", texts: "texts-dev33" },
  { manifest: "manifest-sealed34.json", texts: "texts-sealed34" },
  { manifest: "manifest-dev34.json", texts: "texts-dev34" },
  { manifest: "manifest-sealed35.json", texts: "texts-sealed35" },
  { manifest: "manifest-dev35.json", texts: "texts-dev35" },
  { manifest: "manifest-sealed36.json", texts: "texts-sealed36" },
  { manifest: "manifest-dev36.json", texts: "texts-dev36" },
  { manifest: "manifest-sealed37.json", texts: "texts-sealed37" },
  { manifest: "manifest-dev37.json", texts: "texts-dev37" },
  { manifest: "manifest-sealed38.json", texts: "texts-sealed38" },
  { manifest: "manifest-dev38.json", texts: "texts-dev38" },
  { manifest: "manifest-sealed39.json", texts: "texts-sealed39" },
  { manifest: "manifest-sealed40.json", texts: "texts-sealed40" },
  { manifest: "manifest-sealed41.json", texts: "texts-sealed41" },
  { manifest: "manifest-sealed42.json", texts: "texts-sealed42" },
  { manifest: "manifest-sealed43.json", texts: "texts-sealed43" },
  { manifest: "manifest-sealed44.json", texts: "texts-sealed44" },
  { manifest: "manifest-sealed45.json", texts: "texts-sealed45" },
  { manifest: "manifest-sealed46.json", texts: "texts-sealed46" },
  { manifest: "manifest-sealed47.json", texts: "texts-sealed47" },
  { manifest: "manifest-sealed48.json", texts: "texts-sealed48" },
  { manifest: "manifest-sealed49.json", texts: "texts-sealed49" },
  // Publication-date sets: each entry its page's address and query, as a manifest.
  { manifest: "pubdates1.json", texts: "texts-pubdates1" },
  { manifest: "pubdates2.json", texts: "texts-pubdates2" },
  { manifest: "pubdates3.json", texts: "texts-pubdates3" },
  { manifest: "pubdates4.json", texts: "texts-pubdates4" },
];
for (const set of sets) {
  const folder = join(dir, set.texts);
  const manifest = JSON.parse(readFileSync(join(dir, set.manifest), "utf8")) as {
    file: string;
    url: string;
    query: string;
  }[];
  const missing = manifest.filter((m) => !existsSync(join(folder, m.file)));
  if (missing.length === 0) {
    console.log(`${set.manifest}: all ${manifest.length} texts present in ${folder}`);
    continue;
  }
  console.log(
    `${set.manifest}: ${missing.length} of ${manifest.length} texts missing. For each: search the "pages" corpus\n` +
      `with the query, take the result whose url matches, and save its excerpt verbatim (UTF-8,\n` +
      `keeping a leading " date YYYY-MM-DD ") as ${set.texts}/<file>:\n`,
  );
  for (const m of missing) console.log(`${m.file}\n  url:   ${m.url}\n  query: ${m.query}`);
  process.exitCode = 1;
}
