import CSL from "citeproc";
import { describe, expect, it } from "vitest";
import { selectDatasetIndex } from "../../src/data/dataset-query";
import { cslJsonCitation, plainTextCitation } from "../../src/features/events/citation";
import { MONTH_NAMES } from "../../src/shared/dates";
import { withQuotes } from "../../src/shared/schema";
import { eventPermalink } from "../../src/url/permalink";
import { loadUiFixture, loadUiQuotes } from "../fixtures/ui/load-fixture";

const index = selectDatasetIndex(loadUiFixture());
const summit = withQuotes(index.eventsById.get("2023-12-06-summit-new-delhi")!, loadUiQuotes());
const link = eventPermalink(summit.id, "https://news.example/timeline/");

// A small CSL style: enough to show that a CSL processor reads every field we write.
const style = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>test</title><id>test</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout>
    <group delimiter=" | "><text variable="container-title"/><text variable="title"/>
    <date variable="issued"><date-part name="day" suffix=" "/><date-part name="month" suffix=" "/><date-part name="year"/></date>
    <text variable="URL"/><text variable="note"/></group>
  </layout></bibliography>
</style>`;
const locale = `<?xml version="1.0" encoding="utf-8"?><locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="en-US"><terms>${MONTH_NAMES.map(
  (m, i) => `<term name="month-${String(i + 1).padStart(2, "0")}">${m}</term>`,
).join("")}</terms></locale>`;

describe("citations", () => {
  it("gives a permalink to the event alone", () => {
    expect(link).toBe("https://news.example/timeline/?event=2023-12-06-summit-new-delhi");
  });

  it("cites each source's outlet, headline, publication date and stating sentence", () => {
    const text = plainTextCitation(summit, index.articlesById, link);
    const lines = text.split("\n");
    expect(lines[0]).toBe(`Summit in New Delhi (6–7 December 2023). ${link}`);
    expect(lines[1]).toBe(
      "— Daily Ledger, “Summit in New Delhi ends with declaration”, 8 December 2023 (date supplied by the editor). " +
        "“New Delhi, Dec 8: Prime Minister Vikram Sen and President Ivan Petrov held a summit in New Delhi on December 6-7.”",
    );
    expect(lines[2]).toMatch(
      /^— Evening Post, “Petrov arrives for two-day summit”, 6 December 2023 \(date inferred from the article\)\. “President Ivan Petrov arrived/,
    );
  });

  it("writes CSL-JSON that a CSL processor (citeproc-js) formats", () => {
    const items = cslJsonCitation(summit, index.articlesById, link);
    expect(items).toHaveLength(2);
    const byId = new Map(items.map((item) => [String(item.id), item]));
    const engine = new CSL.Engine(
      { retrieveLocale: () => locale, retrieveItem: (id) => byId.get(id) },
      style,
      "en-US",
    );
    engine.updateItems([...byId.keys()]);
    const [, entries] = engine.makeBibliography();
    expect(entries.join("")).toContain(
      `Daily Ledger | Summit in New Delhi ends with declaration | 8 December 2023 | ${link} | Cited for: Summit in New Delhi (6–7 December 2023)`,
    );
    expect(entries.join("")).toContain("Stating sentence: President Ivan Petrov arrived");
    expect(entries.join("")).toContain("Publication date inferred from the article");
  });
});
