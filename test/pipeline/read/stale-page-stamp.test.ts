// @vitest-environment node
// A ministry's statements page whose template still says when the page was first set up
// ("Published on March 16, 2015") above a headline that gives the statements' own day, two
// years later: the headline's date is the publication date. A stamp only days before the
// headline's date stays the page's. (Written pages.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const page = (
  stamp: string,
) => `Statements by the Foreign Ministry Spokesperson (Lisbon - May 22, 2017)

Published on ${stamp}

Spain – Visit by Ana Ferreira to Madrid (May 22, 2017)

Ana Ferreira, Minister for Foreign Affairs, is visiting Madrid today to meet her Spanish counterpart, Luis Ortega, for a working lunch.
`;

describe("a template's old 'Published on' stamp above a dated headline", () => {
  it("gives way to the headline's date, and says so", () => {
    const a = readArticle(
      { file: "statements.txt", text: page("March 16, 2015") },
      { today: "2026-12-05" },
    );
    expect(a.published).toBe("2017-05-22");
    expect(a.warnings.join(" ")).toMatch(
      /page stamp 2015-03-16 ignored: it is long before the date the headline gives/,
    );
  });

  it("is kept when it is only days before the headline's date", () => {
    const a = readArticle(
      { file: "statements.txt", text: page("May 20, 2017") },
      { today: "2026-12-05" },
    );
    expect(a.published).toBe("2017-05-20");
  });
});
