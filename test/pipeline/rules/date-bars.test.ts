// @vitest-environment node
// rules/en/date-bars.json tested on its own examples through the reader: a weekday's date
// under a site's header and over the headline is the site's date bar, the day the page was
// fetched, and dates nothing; a date opening the page or under the headline is the story's.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { dateBarExamples } from "../../../src/pipeline/rules/date-bars";

const read = (page: string[]) =>
  readArticle({ file: "page.txt", text: `${page.join("\n")}\n` }, { today: "2026-12-04" });

describe("rules/en/date-bars.json", () => {
  it.each(dateBarExamples.bars.map((page) => [page[0] ?? "", page] as const))(
    "takes no publication date from the site's date bar (page opening '%s')",
    (_, page) => {
      const a = read(page);
      expect(a.published).toBeNull();
      expect(a.warnings.join(" ")).toMatch(/date bar \d{4}-\d{2}-\d{2} ignored/);
    },
  );

  it.each(dateBarExamples.stamps.map((s) => [s.page[0] ?? "", s] as const))(
    "keeps the story's own date line (page opening '%s')",
    (_, { page, published }) => {
      const a = read(page);
      expect(a.published).toBe(published);
      expect(a.warnings.join(" ")).not.toMatch(/date bar/);
    },
  );

  it("still lets a lede that tells its news on the bar's weekday date the story, as inferred", () => {
    const a = read([
      "Coastal Herald",
      "News from the bay and the world",
      "Thursday, Sep 18, 2025",
      "",
      "Foreign Minister receives Japanese counterpart for talks in the capital",
      "",
      "The Foreign Minister on Thursday received his Japanese counterpart at the ministry for talks on trade and shipping.",
    ]);
    expect(a.published).toBe("2025-09-18");
    expect(a.publishedFrom).toBe("inferred");
  });
});
