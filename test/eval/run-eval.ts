// `npm run eval [-- --input DIR --gold GOLD.json] [--page-text-only] [--verbose]`: builds a
// folder of real articles with the real CLI and scores it against gold labels with the shared
// scorer (../shared/eval/score.mjs). Prints the scorer's summary, then the spread by
// category and per article. Measures only: it never fails a build on a low score.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readPublished } from "../fixtures/read-published";
import { pageTextOnly } from "./page-text-only";
import { spreadTable, parseVerbose } from "./spread";
import { statusAgreement, statusLine } from "./status-agreement";

const root = resolve(import.meta.dirname, "..", "..");
const shared = resolve(root, "..", "shared", "eval");
const { values: args } = parseArgs({
  options: {
    input: { type: "string", default: join(root, "test/fixtures/real-corpus/texts") },
    gold: { type: "string", default: join(root, "test/fixtures/real-corpus/gold-dev.json") },
    manifest: { type: "string", default: join(root, "test/fixtures/real-corpus/manifest.json") },
    "page-text-only": { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
    today: { type: "string" },
  },
});

const work = mkdtempSync(join(tmpdir(), "eval-"));
let input = resolve(args.input);
let goldPath = resolve(args.gold);
const texts = readdirSync(input).filter((f) => f.endsWith(".txt"));
if (texts.length === 0) {
  console.error(`${input}: no articles (see test/eval/README.md for how to retrieve them)`);
  process.exit(1);
}
if (args["page-text-only"]) {
  const variant = pageTextOnly(input, goldPath, join(work, "page-text"));
  input = variant.input;
  goldPath = variant.gold;
}
const scorerGold = join(work, "gold.scorer.json");
execFileSync("node", [join(shared, "to-scorer-gold.mjs"), goldPath, scorerGold]);
const out = join(work, "out", "timeline.json");
mkdirSync(join(work, "out"));
const build = spawnSync(
  process.execPath,
  [
    join(root, "src/pipeline/cli.mjs"),
    "--input",
    input,
    "--output",
    out,
    ...(args.today ? ["--today", args.today] : []),
  ],
  { encoding: "utf8", cwd: root },
);
if (build.status !== 0) {
  console.error(build.stderr);
  process.exit(1);
}
// The scorer reads mentions from the index; the built dataset keeps them in per-article body
// files, so it is given the dataset with its bodies joined again.
const joined = join(work, "joined.json");
const dataset = readPublished(out).dataset;
writeFileSync(joined, JSON.stringify(dataset));
const score = spawnSync("node", [join(shared, "score.mjs"), joined, scorerGold, "--verbose"], {
  encoding: "utf8",
});
const lines = score.stdout.trimEnd().split("\n");
// The scorer exits 1 when a threshold fails and still prints its summary last; anything else
// (a signal, a crash, a summary missing) would leave a partial score that reads like a whole one.
if (score.status === null || score.status > 1 || !lines.at(-1)?.startsWith("events ")) {
  console.error(
    `scorer did not finish (exit ${score.status ?? score.signal}): ${score.stderr.trim().slice(-500)}`,
  );
  process.exit(1);
}
if (args.verbose) console.log(lines.slice(0, -1).join("\n"));
const manifest = JSON.parse(readFileSync(resolve(args.manifest), "utf8")) as {
  file: string;
  category: string;
  outlet: string;
}[];
const perArticle = parseVerbose(
  lines,
  JSON.parse(readFileSync(scorerGold, "utf8")) as Parameters<typeof parseVerbose>[1],
);
console.log(spreadTable(perArticle, manifest));
console.log(
  lines
    .filter(
      (l) => l.startsWith("  ! published") || (l.startsWith("  ! ") && l.includes("invented")),
    )
    .join("\n"),
);
console.log(
  statusLine(
    statusAgreement(
      lines,
      JSON.parse(readFileSync(goldPath, "utf8")) as Parameters<typeof statusAgreement>[1],
      dataset.events,
    ),
  ),
);
console.log(lines[lines.length - 1]);
writeFileSync(join(work, "score.txt"), score.stdout);
console.log(`(dataset and full scorer output in ${work})`);
