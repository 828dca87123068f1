// @vitest-environment node
// Articles written for these tests (test/fixtures/extraction/articles): officials, outlets
// and date styles that are not in the seeds or the reference data. expected.json lists the
// officials and events a careful reader finds in them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractEntitiesAndEvents } from "../../src/pipeline/extract";
import { annotateArticle } from "../../src/pipeline/annotate/annotate-article";
import { readArticle } from "../../src/pipeline/read-article";
import { knownToReference } from "./reference-guard";

type Expected = {
  officials: { name: string; country: string | null }[];
  events: { file: string; type: string; start: string | null; participants: string[] }[];
};

const dir = join(__dirname, "../fixtures/extraction");
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
const articles = readdirSync(join(dir, "articles"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((file) => readArticle({ file, text: readFileSync(join(dir, "articles", file), "utf8") }))
  .map(annotateArticle);
const extraction = extractEntitiesAndEvents(articles);
const nameOf = new Map(extraction.entities.map((e) => [e.id, e.name]));
const fileOf = new Map(articles.map((a) => [a.id, a.file]));

describe("extraction on articles written for the tests", () => {
  it("is about officials the reference data does not list, Lavrov aside", () => {
    // Lavrov is there on purpose: a listed official next to unlisted ones.
    const names = expected.officials.map((o) => o.name).filter((n) => n !== "Sergey Lavrov");
    expect(knownToReference(names)).toEqual([]);
  });

  it("finds every official once, with the right country", () => {
    const people = extraction.entities
      .filter((e) => e.kind === "person")
      .map((e) => ({ name: e.name, country: e.country ?? null }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(people).toEqual([...expected.officials].sort((a, b) => a.name.localeCompare(b.name)));
  });

  it("finds the expected events with their dates and participants", () => {
    const events = extraction.events.map((e) => ({
      file: fileOf.get(e.sources[0]?.articleId ?? "") ?? "",
      type: e.type,
      start: e.start,
      participants: e.participants.map((p) => nameOf.get(p) ?? p).sort(),
    }));
    const sortKey = (e: { file: string; start: string | null; type: string }) =>
      `${e.file} ${e.start ?? "~"} ${e.type}`;
    expect([...events].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
      expected.events
        .map((e) => ({ ...e, participants: [...e.participants].sort() }))
        .sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
    );
  });

  it("quotes each source sentence exactly as its paragraph has it", () => {
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const event of extraction.events)
      for (const s of event.sources) {
        const paragraph = byId.get(s.articleId)?.paragraphs[s.paragraph] ?? "";
        expect(paragraph.slice(s.start, s.end)).toBe(s.quote);
      }
  });

  it("keeps every mention inside its paragraph, in order and without overlap", () => {
    for (const a of articles) {
      const mentions = extraction.mentionsByArticle[a.id] ?? [];
      expect(mentions.length).toBeGreaterThan(0);
      mentions.forEach((m, i) => {
        expect(m.end).toBeLessThanOrEqual(a.paragraphs[m.paragraph]?.length ?? 0);
        const prev = mentions[i - 1];
        if (prev && prev.paragraph === m.paragraph)
          expect(m.start).toBeGreaterThanOrEqual(prev.end);
      });
    }
  });
});

describe("undated events", () => {
  it("are kept undated and reported on their article", () => {
    const undated = annotateArticle(
      readArticle({
        file: "undated.txt",
        text: "Brazil & India to Expand Space Ties\n\nThe two sides agreed on new projects during the visit of Brazil's Minister of Foreign Affairs, Luisa Carvalho, to India on 5-6 April.\n",
      }),
    );
    const result = extractEntitiesAndEvents([undated]);
    expect(result.events.map((e) => [e.id, e.start, e.precision])).toEqual([
      ["undated-luisa-carvalho-visits-india", null, "unknown"],
    ]);
    expect(result.warningsByArticle[undated.id]).toEqual([
      'undated event "Luisa Carvalho visits India" (undated-luisa-carvalho-visits-india): "5-6 April" cannot be placed without a publication date',
    ]);
  });
});
