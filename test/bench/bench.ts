// `npm run bench`: the one place speed and size are measured (never in tests). Builds the
// generated archive at 1,000 / 10,000 / 100,000 articles with the real CLI (cold, all cores),
// an incremental rebuild after one changed article, the dataset's bytes, the bundle, and the
// dashboard on 10,000 articles in headless Chromium. Prints a table with every budget of
// issue 10 beside its figure and writes bench-results/bench-<time>.json.
// BENCH_SIZES=1000,10000 picks sizes; BENCH_BROWSER=0 skips Chromium.
// BENCH_DATA=DIR skips every build and measures the bundle and the dashboard in Chromium on
// the dataset already built in DIR (its timeline.json and files), e.g. after
//   npm run build:data -- --input /tmp/timeline-bench-<hash>-10000 --output DIR/timeline.json

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { browserTimings, type BrowserTimings } from "./browser-timings";
import { budgets, verdict, type Budget } from "./budgets";
import { runBuild, type BuildRun } from "./build-runs";
import { bundleSizes, DIST } from "./bundle-sizes";
import { corpusFolder } from "./corpus-folder";
import { datasetBytes, type DatasetBytes } from "./dataset-bytes";
import { timeMerge } from "./merge-scaling";
import { reportPathologicalInputs } from "./pathological-inputs";

const BENCH_DATA = process.env.BENCH_DATA;
const SIZES = BENCH_DATA
  ? []
  : (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const BROWSER_SIZE = 10_000;
const rows: [string, string, string][] = [];
const results: Record<string, unknown> = {
  when: new Date().toISOString(),
  cores: availableParallelism(),
  loadAverageAtStart: loadavg(),
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const row = (what: string, figure: string, note = "") => {
  rows.push([what, figure, note]);
  console.error(`  ${what}: ${figure} ${note}`);
};
const budgetRow = (b: Budget, value: number, shown: string) =>
  row(`BUDGET ${b.name} (${b.limit})`, shown, verdict(b, value));

const builds: Record<number, { run: BuildRun; bytes: DatasetBytes | null; out: string }> = {};
for (const size of SIZES) {
  const corpus = corpusFolder(size);
  row(
    `corpus ${size}`,
    `${mb(corpus.bytes)} input`,
    corpus.generatedMs ? `generated in ${(corpus.generatedMs / 1000).toFixed(1)} s` : "reused",
  );
  const out = mkdtempSync(join(tmpdir(), `timeline-bench-out-${size}-`));
  const cache = join(out, "cache");
  const run = runBuild([
    "--input",
    corpus.dir,
    "--output",
    join(out, "data", "timeline.json"),
    "--cache-dir",
    cache,
  ]);
  if (!run.ok) {
    row(`build ${size}`, "FAILED", run.stderrTail.replace(/\n/g, " | ").slice(0, 200));
    continue;
  }
  const bytes = datasetBytes(join(out, "data", "timeline.json"));
  builds[size] = { run, bytes, out };
  row(
    `cold build ${size}`,
    `${(size / run.seconds).toFixed(0)} articles/s, ${run.seconds.toFixed(1)} s, peak ${run.peakMb.toFixed(0)} MB`,
    `phases ms ${JSON.stringify(run.timings)}`,
  );
  row(
    `dataset ${size}`,
    `index ${mb(bytes.indexBytes)} (gzip ${mb(bytes.indexGzip)})`,
    `body mean ${kb(bytes.bodyMeanBytes)} (gzip ${kb(bytes.bodyMeanGzip)}); full text gzip ${mb(bytes.fullTextGzip)}`,
  );
}

// How throughput and memory grow from one size to the next (1.0 = linear time, flat memory).
const sizes = Object.keys(builds)
  .map(Number)
  .sort((a, b) => a - b);
for (let i = 1; i < sizes.length; i++) {
  const [a, b] = [builds[sizes[i - 1]!]!, builds[sizes[i]!]!];
  const timeRatio = b.run.seconds / a.run.seconds / (sizes[i]! / sizes[i - 1]!);
  row(
    `growth ${sizes[i - 1]} -> ${sizes[i]}`,
    `time per article x${timeRatio.toFixed(2)}`,
    `peak memory x${(b.run.peakMb / a.run.peakMb).toFixed(2)}`,
  );
}

const target = builds[BROWSER_SIZE];
if (target) {
  const corpus = corpusFolder(BROWSER_SIZE);
  // One article changed (a sentence appended), rebuilt, and put back, three times with a
  // different sentence each time (each rebuild then has one article to find again): the median
  // of the three, as for the browser's timings, since one run moves with the machine by more
  // than a second. The corpus stays reusable.
  const file = join(corpus.dir, "000000_synthetic.txt");
  const original = readFileSync(file);
  const changes = [
    "The ministry later confirmed the talks in a short statement.",
    "Officials said the next round would follow within months.",
    "A joint statement was expected later in the week.",
  ];
  const runs = [];
  try {
    for (const sentence of changes) {
      writeFileSync(file, Buffer.concat([original, Buffer.from(`\n${sentence}\n`)]));
      runs.push(
        runBuild([
          "--input",
          corpus.dir,
          "--output",
          join(target.out, "data", "timeline.json"),
          "--cache-dir",
          join(target.out, "cache"),
        ]),
      );
    }
  } finally {
    writeFileSync(file, original);
  }
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  const inc = sorted[Math.floor(sorted.length / 2)];
  if (inc) {
    row(
      `incremental ${BROWSER_SIZE}`,
      `${inc.seconds.toFixed(2)} s (median of ${runs.map((r) => r.seconds.toFixed(2)).join(", ")} s)`,
      `phases ms ${JSON.stringify(inc.timings)}`,
    );
    budgetRow(budgets.incremental, inc.seconds, `${inc.seconds.toFixed(2)} s`);
    results.incremental = { ...inc, runs: runs.map((r) => r.seconds) };
  }
  budgetRow(
    budgets.throughput,
    BROWSER_SIZE / target.run.seconds,
    `${(BROWSER_SIZE / target.run.seconds).toFixed(0)} articles/s`,
  );
  budgetRow(budgets.peakMemory, target.run.peakMb, `${target.run.peakMb.toFixed(0)} MB`);
}

// The cross-article merge alone, up to 300,000 statements (about 100,000 articles): CPU time
// per statement should stay flat.
const merges = (BENCH_DATA ? [] : [30_000, 100_000, 300_000]).map((n) => ({
  n,
  ...timeMerge(n),
}));
for (const m of merges)
  row(
    `mergeEvents ${m.n} statements`,
    `${((m.cpuMs / m.n) * 1000).toFixed(1)} µs CPU per statement`,
    `${(m.cpuMs / 1000).toFixed(1)} s CPU, ${m.events} events`,
  );
results.merges = merges;

const bundle = bundleSizes();
row("initial JavaScript", `gzip ${kb(bundle.initialGzip)}`, bundle.initial.join(", "));
row("lazy JavaScript", `gzip ${kb(bundle.lazyGzip)}`, bundle.lazy.join(", "));
budgetRow(budgets.initialJs, bundle.initialGzip, kb(bundle.initialGzip));
results.bundle = bundle;

let browser: BrowserTimings | null = null;
const browserData = BENCH_DATA ?? (target ? join(target.out, "data") : null);
if (browserData && process.env.BENCH_BROWSER !== "0") {
  if (BENCH_DATA) {
    const bytes = datasetBytes(join(BENCH_DATA, "timeline.json"));
    row(
      `dataset ${bytes.articles} (BENCH_DATA)`,
      `index ${mb(bytes.indexBytes)} (gzip ${mb(bytes.indexGzip)})`,
      `body mean ${kb(bytes.bodyMeanBytes)} (gzip ${kb(bytes.bodyMeanGzip)}), quotes gzip ${mb(bytes.quotesGzip)}`,
    );
  }
  browser = await browserTimings(DIST, browserData).catch((e: unknown) => {
    row(`Chromium ${BROWSER_SIZE}`, `n/a (${String(e).slice(0, 120)})`);
    return null;
  });
}
if (browser) {
  row(
    `Chromium ${BROWSER_SIZE}: timeline drawn`,
    `${browser.timelineDrawnMs.toFixed(0)} ms after navigation, in the frame that drew it (median of ${browser.timelineDrawnRuns.map((ms) => ms.toFixed(0)).join(", ")} ms, cold loads; read by a later call, as before: ${browser.timelineSeenRuns.map((ms) => ms.toFixed(0)).join(", ")} ms)`,
  );
  budgetRow(
    budgets.timelineDrawn,
    browser.timelineDrawnMs,
    `${browser.timelineDrawnMs.toFixed(0)} ms`,
  );
  budgetRow(budgets.firstLoad, browser.firstLoadGzipBytes, mb(browser.firstLoadGzipBytes));
  row(
    `Chromium ${BROWSER_SIZE}: fetched after the first draw`,
    `gzip ${mb(browser.afterDrawGzipBytes)}`,
  );
  // A filter that could not be measured within the limit counts as over it.
  let worst = 0;
  for (const [name, t] of Object.entries(browser.filters)) {
    if (typeof t === "string") {
      row(`Chromium ${BROWSER_SIZE}: filter ${name}`, t);
      worst = Infinity;
      continue;
    }
    row(
      `Chromium ${BROWSER_SIZE}: filter ${name}`,
      `apply median ${t.apply.median.toFixed(0)} ms, p95 ${t.apply.p95.toFixed(0)} ms`,
      `clear median ${t.clear.median.toFixed(0)} ms, p95 ${t.clear.p95.toFixed(0)} ms`,
    );
    worst = Math.max(worst, t.apply.p95, t.clear.p95);
  }
  if (typeof browser.searchTyped === "string")
    row(`Chromium ${BROWSER_SIZE}: search as typed`, browser.searchTyped);
  else
    row(
      `Chromium ${BROWSER_SIZE}: search as typed (incl. the box's pause)`,
      `apply median ${browser.searchTyped.apply.median.toFixed(0)} ms, p95 ${browser.searchTyped.apply.p95.toFixed(0)} ms`,
      `clear median ${browser.searchTyped.clear.median.toFixed(0)} ms, p95 ${browser.searchTyped.clear.p95.toFixed(0)} ms`,
    );
  const shown = Number.isFinite(worst) ? `${worst.toFixed(0)} ms (worst filter)` : "over 60 s";
  budgetRow(budgets.filterP95, worst, shown);
  if (typeof browser.frames === "string") {
    row(`Chromium ${BROWSER_SIZE}: frames`, browser.frames);
    budgetRow(budgets.framesP95, Infinity, "not measurable");
  } else {
    row(
      `Chromium ${BROWSER_SIZE}: zoom/pan frames`,
      `median ${browser.frames.median.toFixed(1)} ms, p95 ${browser.frames.p95.toFixed(1)} ms`,
      `${browser.frames.n} frames`,
    );
    budgetRow(budgets.framesP95, browser.frames.p95, `${browser.frames.p95.toFixed(1)} ms`);
  }
}

results.builds = Object.fromEntries(
  Object.entries(builds).map(([n, b]) => [n, { ...b.run, bytes: b.bytes }]),
);
results.browser = browser;
results.loadAverageAtEnd = loadavg();
row(
  "load average (1, 5, 15 min) at start / end",
  `${(results.loadAverageAtStart as number[]).map((n) => n.toFixed(1)).join(", ")} / ${loadavg()
    .map((n) => n.toFixed(1))
    .join(", ")}`,
  `${availableParallelism()} cores`,
);
results.rows = rows;
for (const b of Object.values(builds)) rmSync(b.out, { recursive: true, force: true });

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
for (const r of rows)
  console.log(r.map((cell, i) => cell.padEnd(Math.min(widths[i] ?? 0, 80))).join("  |  "));
// Hostile inputs (issue 9.1): each one's extraction time per KB beside a normal article's.
if (!BENCH_DATA) reportPathologicalInputs();

const dir = fileURLToPath(new URL("../../bench-results", import.meta.url));
mkdirSync(dir, { recursive: true });
const file = join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${file}`);
