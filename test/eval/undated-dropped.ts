// `npx tsx test/eval/undated-dropped.ts [--input DIR --gold GOLD.json] [--all]`: in a dated story
// a statement no date is found for is dropped as background (extract.ts). This lists, per
// page, the undated events so dropped and the gold line each would have matched had it been
// dated: a gold event the built output misses that shares a participant with it (or, naming no
// official, its type or a quarter of its stating sentence), as the shared scorer matches.
// With --all it also lists the dropped events that match no missed gold line. Measures only.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { annotatedOf, type ArticleEntry } from "../../src/pipeline/build/article-record";
import { mapArticle } from "../../src/pipeline/build/map-article";
import { findEntities } from "../../src/pipeline/find-entities";
import { findEvents } from "../../src/pipeline/find-events";
import { mergeEvents } from "../../src/pipeline/merge-events";
import type { Entity, TimelineEvent } from "../../src/shared/schema";

type GoldEvent = {
  summary: string;
  start: string;
  end: string | null;
  type: string;
  officials: string[];
  evidence: string;
  optional?: boolean;
};
type GoldArticle = {
  file: string;
  events: GoldEvent[];
  officials: { name: string; keys: string[] }[];
};

const root = resolve(import.meta.dirname, "..", "..");
const { values: args } = parseArgs({
  options: {
    input: { type: "string", default: join(root, "test/fixtures/real-corpus/texts") },
    gold: { type: "string", default: join(root, "test/fixtures/real-corpus/gold-dev.json") },
    all: { type: "boolean", default: false },
  },
});
const scorerGold = join(mkdtempSync(join(tmpdir(), "undated-")), "gold.json");
execFileSync("node", [
  join(root, "..", "shared", "eval", "to-scorer-gold.mjs"),
  resolve(args.gold),
  scorerGold,
]);
const gold = JSON.parse(readFileSync(scorerGold, "utf8")) as GoldArticle[];

const input = resolve(args.input);
const entries = readdirSync(input)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .flatMap((file) => {
    const r = mapArticle({ file, text: readFileSync(join(input, file), "utf8") });
    return r.kind === "article" ? [r as ArticleEntry] : [];
  });
const articles = entries.map(annotatedOf);
const { entities, mentionsByArticle } = findEntities(articles);
const events = mergeEvents(findEvents(articles, mentionsByArticle, entities));
const byId = new Map(entities.map((e) => [e.id, e]));

// The shared scorer's matching (../shared/eval/score.mjs), for one gold event and one event.
const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
const namesOf = (e: Entity) => [e.name, ...e.aliases].map(norm);
const words = (t: string) =>
  new Set(
    norm(t)
      .split(" ")
      .filter((w) => w.length > 2),
  );
function officialsOverlap(g: GoldArticle, ge: GoldEvent, e: TimelineEvent): boolean {
  if (ge.officials.length === 0) return true;
  const people = e.participants.flatMap((id) => byId.get(id) ?? []);
  return ge.officials.some((name) => {
    const keys = g.officials.find((o) => o.name === name)?.keys ?? [name];
    return people.some((p) =>
      namesOf(p).some((n) => keys.some((k) => ` ${n} `.includes(` ${norm(k)} `))),
    );
  });
}
function overlap(ge: GoldEvent, quote: string): number {
  const gw = words(ge.evidence);
  const pw = words(quote);
  return gw.size > 0 ? [...gw].filter((w) => pw.has(w)).length / gw.size : 0;
}
function matches(g: GoldArticle, ge: GoldEvent, e: TimelineEvent, quote: string): boolean {
  if (!officialsOverlap(g, ge, e)) return false;
  return ge.officials.length > 0 || e.type === ge.type || overlap(ge, quote) >= 0.25;
}
const precisionRank = (d: string) => (d.length >= 10 ? 3 : d.length === 7 ? 2 : 1);
// The first day a date covers ("2021-04" from 2021-04-01).
const firstDay = (d: string) =>
  d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d.slice(0, 10);
function dateFits(ge: GoldEvent, start: string): boolean {
  if (precisionRank(start) < precisionRank(ge.start)) return false;
  const endOf = ge.end ?? ge.start;
  const hi = endOf.length === 4 ? `${endOf}-12-31` : endOf.length === 7 ? `${endOf}-31` : endOf;
  return firstDay(start) >= firstDay(ge.start) && firstDay(start) <= hi.slice(0, 10);
}

const names = (e: TimelineEvent) => e.participants.map((id) => byId.get(id)?.name ?? id).join(", ");
let pages = 0;
let lines = 0;
for (const a of articles) {
  if (a.published === null) continue;
  const g = gold.find((x) => x.file === a.file);
  if (!g) continue;
  const own = events.filter((e) => e.sources.some((s) => s.articleId === a.id));
  const quoteOf = (e: TimelineEvent) =>
    e.sources
      .filter((s) => s.articleId === a.id)
      .map((s) => s.quote)
      .join(" ");
  const dropped = own.filter((e) => e.start === null);
  if (dropped.length === 0) continue;
  // The gold lines the built output misses: in gold order, each taking the unused dated event
  // whose sentence shares most of its evidence's words, as the scorer matches.
  const used = new Set<TimelineEvent>();
  const missed = g.events.filter((ge) => {
    const fits = own.filter(
      (e) =>
        e.start !== null && !used.has(e) && dateFits(ge, e.start) && matches(g, ge, e, quoteOf(e)),
    );
    const hit = fits.reduce<TimelineEvent | null>(
      (best, e) => (best && overlap(ge, quoteOf(best)) >= overlap(ge, quoteOf(e)) ? best : e),
      null,
    );
    if (hit) used.add(hit);
    return !hit && !ge.optional;
  });
  const out: string[] = [];
  const hit = new Set<GoldEvent>();
  for (const e of dropped) {
    const ge = missed.find((m) => matches(g, m, e, quoteOf(e)));
    if (!ge && !args.all) continue;
    out.push(`  ${e.type} [${names(e)}] "${quoteOf(e).slice(0, 220)}"`);
    out.push(ge ? `    -> gold ${ge.start} ${ge.summary}` : "    -> no missed gold line");
    if (ge) hit.add(ge);
  }
  if (out.length === 0) continue;
  lines += hit.size;
  if (hit.size > 0) pages++;
  console.log(`== ${a.file} (published ${a.published})\n${out.join("\n")}`);
}
console.log(
  `\n${pages} dated pages have dropped undated events that would match ${lines} missed gold lines`,
);
