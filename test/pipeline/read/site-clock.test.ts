// @vitest-environment node
// A page that opens with the site's clock ("22 September 2017 / Moscow: 16:21 / London:
// 14:21") and a contact box ("Consular queries:" and a number) over a briefing whose headline
// ends with its own date: the clock and the box are the site's, the headline's date is the
// story's. (A written page.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const text = `22 September 2017
Oslo: 16:21
Reykjavik: 14:21

Consular queries:
+47 (0) 22 66 74 74

Briefing by Foreign Ministry Spokesperson Aino Virtanen, September 10, 2015

The Foreign Minister of Iceland, Lars Dahl, will pay a working visit to Norway on September 10-12.
`;

describe("a site's clock and contact box above a dated headline", () => {
  it("are furniture, and the headline's date is the publication date", () => {
    const a = readArticle({ file: "briefing.txt", text }, { today: "2026-12-04" });
    expect(a.title).toBe(
      "Briefing by Foreign Ministry Spokesperson Aino Virtanen, September 10, 2015",
    );
    expect(a.published).toBe("2015-09-10");
    expect(a.paragraphs.join("\n")).not.toMatch(/16:21|Consular|\+47/);
    expect(a.warnings.join(" ")).toMatch(/2017-09-22 ignored: the headline gives its own date/);
  });
});
