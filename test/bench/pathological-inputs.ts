// Hostile and careless inputs for the build step, each a generator of one article of about
// `bytes` bytes. Used by the growth tests (test/pipeline/linear-time.test.ts) and by
// `npm run bench`, which prints each one's time per KB beside a normal article's.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDataset } from "../../src/pipeline/build-dataset";
import type { SourceFile } from "../../src/pipeline/types";
import { generateCorpus } from "./generate-corpus";

export type PathologicalInput = {
  name: string;
  /** Why it is hostile: the break it once caused or the stage it aims at. */
  aims: string;
  make: (bytes: number) => string;
};

const HEAD = "Officials meet in the capital\n\nNew Delhi, June 5 (ANI): ";

/** `unit` repeated to about `bytes` bytes, after a headline and a dateline. */
const repeated = (unit: string) => (bytes: number) =>
  HEAD + unit.repeat(Math.max(1, Math.ceil(bytes / unit.length))) + "\n";

/** One sentence whose middle is `unit` repeated to about `bytes` bytes. */
const sentenceOf = (lead: string, unit: string, tail: string) => (bytes: number) =>
  HEAD + lead + unit.repeat(Math.max(1, Math.ceil(bytes / unit.length))) + tail + "\n";

const CAPITALS = ["INDIA", "AND", "RUSSIA", "SIGN", "MAJOR", "DEFENCE", "PACT", "ON", "JETS"];

export const pathologicalInputs: PathologicalInput[] = [
  {
    name: "capitals headline in a sentence",
    aims: "the role-phrase pattern before a title (exponential in the run of capitals)",
    make: (bytes) => {
      const words: string[] = [];
      for (let n = 0; words.join(" ").length < bytes; n++) words.push(CAPITALS[n % 9] ?? "");
      return `${HEAD}Officials said ${words.join(" ")} said Defence Minister Rajnath Singh on Monday.\n`;
    },
  },
  {
    name: "desk initials line",
    aims: "the sign-off initials pattern (exponential in the letters after the slash)",
    make: (bytes) => `${HEAD}The ministers met.\n\nksk/${"ab".repeat(Math.ceil(bytes / 2))}!\n`,
  },
  {
    name: "long breadcrumb line",
    aims: "the breadcrumb pattern (exponential in the number of items)",
    make: (bytes) => {
      const items = Array.from({ length: Math.ceil(bytes / 7) }, (_, i) => `Asia${i % 100}`);
      return `Officials meet\n\nHome / News / World / ${items.join(" / ")} /\n\nNew Delhi, June 5 (ANI): The ministers met.\n`;
    },
  },
  { name: "Modi's repeated", aims: "possessives and surname mentions", make: repeated("Modi's ") },
  { name: "dots repeated", aims: "sentence boundaries", make: repeated(".") },
  { name: "Modi and repeated", aims: "name lists", make: repeated("Modi and ") },
  { name: "Delhi/ repeated", aims: "slashed tokens and places", make: repeated("Delhi/") },
  {
    name: "titled officials in one sentence",
    aims: "titles, role phrases and overlaps in one long sentence",
    make: sentenceOf("", "Defence Minister Rajnath Singh, ", "met on Monday."),
  },
  {
    name: "capitalised words in one sentence",
    aims: "name and organisation chunks",
    make: sentenceOf("The ", "Joint Working Group On Military Technical Cooperation ", "met."),
  },
  {
    name: "many short sentences",
    aims: "per-sentence work (mentions, dates, triggers)",
    make: repeated(
      "Prime Minister Narendra Modi met President Vladimir Putin in Moscow on June 5, 2017. ",
    ),
  },
  { name: "dates repeated", aims: "date rules and clauses", make: repeated("on 5 June 2017, ") },
  { name: "event words repeated", aims: "event triggers", make: repeated("the visit and talks ") },
  {
    name: "one long sentence of lower-case words",
    aims: "clause and date patterns over a sentence with no end",
    make: sentenceOf("India said ", "that the officials of the ministry would ", "agree."),
  },
  { name: "spaced punctuation", aims: "runs of separators", make: repeated(" - , ; : ") },
  { name: "quotes and brackets", aims: "quotation masks and brackets", make: repeated('("x" ') },
  { name: "abbreviations", aims: "abbreviation checks at dots", make: repeated("Mr. U.S. Lt. ") },
  {
    name: "short lines",
    aims: "per-line page furniture checks",
    make: (bytes) =>
      `Officials meet\n\n${"Tags | a | b\nksk/ab\nHome / x\n".repeat(Math.ceil(bytes / 30))}`,
  },
  {
    name: "many paragraphs",
    aims: "per-paragraph work",
    make: repeated("Defence Minister Rajnath Singh visited Moscow.\n\n"),
  },
];

const seedDir = fileURLToPath(new URL("../../seeds", import.meta.url));

/** A normal article of about `bytes`: the longest seed, continued with the story paragraphs
 * of the bench's synthetic articles (all different, so the reader keeps them as one story). */
export function normalArticle(bytes: number): string {
  const seed = readdirSync(seedDir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(seedDir, f), "utf8"))
    .sort((a, b) => b.length - a.length)[0];
  if (!seed) throw new Error("no seed articles");
  const parts = [seed.trimEnd()];
  let length = seed.length;
  for (const article of generateCorpus(Math.ceil(bytes / 500))) {
    if (length >= bytes) break;
    const story = article.text.split("\n\n").slice(3).join("\n\n");
    parts.push(story);
    length += story.length + 2;
  }
  return `${parts.join("\n\n")}\n`;
}

/** Milliseconds for the whole extractor on one article: the best of `runs` tries. */
export function timeExtraction(text: string, runs = 3): number {
  const file: SourceFile = { file: "hostile.txt", text };
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    buildDataset([file], undefined, { today: "2026-11-22" });
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** `npm run bench`'s section: each hostile input's time per KB beside a normal article's. */
export function reportPathologicalInputs(kilobytes = Number(process.env.BENCH_HOSTILE_KB ?? 64)) {
  const bytes = kilobytes * 1024;
  const perKb = (text: string) => {
    timeExtraction(text, 1); // warm-up: the first build also loads the NLP model
    return timeExtraction(text) / (Buffer.byteLength(text) / 1024);
  };
  const normal = perKb(normalArticle(bytes));
  const rows: [string, string, string][] = [
    [`normal article, ${kilobytes} KB`, `${normal.toFixed(2)} ms/KB`, "1.0x"],
    ...pathologicalInputs.map(({ name, make }): [string, string, string] => {
      const ms = perKb(make(bytes));
      return [name, `${ms.toFixed(2)} ms/KB`, `${(ms / normal).toFixed(1)}x normal`];
    }),
  ];
  console.log(`\nHostile inputs (${kilobytes} KB each, best of 3 builds):`);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
  for (const row of rows)
    console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  |  "));
}
