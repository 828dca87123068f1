// `npm run bench`: times the pipeline on a synthetic corpus and reports output sizes.
// Prints a table; asserts nothing.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { buildDataset } from "../../src/pipeline/build-dataset";
import { readArticle } from "../../src/pipeline/read-article";
import { generateCorpus } from "./generate-corpus";
import { reportPathologicalInputs } from "./pathological-inputs";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
const TODAY = "2026-11-22";

type Row = [string, string, string];
const rows: Row[] = [];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

const corpus = time(() => generateCorpus(ARTICLES));
const inputBytes = corpus.value.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
rows.push([
  "corpus generated",
  `${ARTICLES} articles, ${kb(inputBytes)}`,
  `${corpus.ms.toFixed(0)} ms`,
]);

const read = time(() => corpus.value.map((f) => readArticle(f, { today: TODAY })));
rows.push([
  "readArticle (incl. dates)",
  `${(read.ms / ARTICLES).toFixed(3)} ms/article`,
  `${read.ms.toFixed(0)} ms`,
]);

// The full pipeline at doubling sizes shows how it scales; a size whose predicted time
// (4x the last, allowing for quadratic stages) would break the budget is skipped.
const BUDGET_MS = 40_000;
let spent = corpus.ms + read.ms;
let last: { ms: number; json: string; n: number } | null = null;
for (
  let n = Math.min(125, ARTICLES);
  n <= ARTICLES;
  n = n === ARTICLES ? n + 1 : Math.min(n * 2, ARTICLES)
) {
  if (last && spent + last.ms * 4 > BUDGET_MS) {
    rows.push([`buildDataset x${n}`, "skipped", `would exceed the ${BUDGET_MS / 1000} s budget`]);
    break;
  }
  const files = corpus.value.slice(0, n);
  const stages = { read: 0, extract: 0, assemble: 0 };
  const built = time(() =>
    buildDataset(files, undefined, {
      today: TODAY,
      onStageTimed: (stage, ms) => (stages[stage] += ms),
    }),
  );
  spent += built.ms;
  const { dataset, warnings } = built.value;
  const perArticle = (ms: number) => (ms / n).toFixed(2);
  rows.push([
    `buildDataset x${n}`,
    `${perArticle(built.ms)} ms/article: reading ${perArticle(stages.read)}, extraction ${perArticle(stages.extract)}, assembly ${perArticle(stages.assemble)}`,
    `${built.ms.toFixed(0)} ms (reading ${stages.read.toFixed(0)}, extraction ${stages.extract.toFixed(0)}, assembly ${stages.assemble.toFixed(0)}); ${dataset.entities.length} entities, ${dataset.events.length} events, ${warnings.length} warnings`,
  ]);
  last = { ms: built.ms, json: `${JSON.stringify(dataset, null, 2)}\n`, n };
}
if (last) {
  const bytes = Buffer.byteLength(last.json);
  rows.push([`timeline.json x${last.n}`, kb(bytes), `gzip ${kb(gzipSync(last.json).length)}`]);
}

const assets = fileURLToPath(new URL("../../dist/assets", import.meta.url));
if (existsSync(assets)) {
  for (const name of readdirSync(assets)
    .filter((n) => n.endsWith(".js"))
    .sort()) {
    const path = join(assets, name);
    rows.push([
      `dist/assets/${name}`,
      kb(statSync(path).size),
      `gzip ${kb(gzipSync(readFileSync(path)).length)}`,
    ]);
  }
} else rows.push(["dist/", "not built", "run `npm run build` for bundle sizes"]);

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
for (const row of rows)
  console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  |  "));

reportPathologicalInputs();
