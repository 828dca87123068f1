// @vitest-environment node
// Sites that abbreviate every month with a full stop write "May." too ("Posted May. 03, 2023",
// "20 May. 2025"): in a stamp's full date, with its day and year, the stop is the month's.
import { describe, expect, it } from "vitest";
import { fullDateAt } from "../../../src/pipeline/read/full-date";
import { readArticle } from "../../../src/pipeline/read-article";

const story =
  "NEW DELHI: The two ministers signed the agreement on Sunday after talks in the capital, officials said.\n";

describe("'May.' in a stamp's full date", () => {
  it("is read like 'Jun.'", () => {
    expect(fullDateAt("May. 03, 2023 08:01")?.iso).toBe("2023-05-03");
    expect(fullDateAt("20 May. 2025")?.iso).toBe("2025-05-20");
    expect(fullDateAt("Jun. 03, 2023")?.iso).toBe("2023-06-03");
  });

  it("dates the page from a labelled stamp and from a bare date line", () => {
    const posted = readArticle(
      {
        file: "posted.txt",
        text: `Ministers agree on an air defence deal\n\nPosted May. 03, 2023 08:01\n\n${story}`,
      },
      { today: "2026-12-06" },
    );
    expect(posted.published).toBe("2023-05-03");
    const bare = readArticle(
      {
        file: "bare.txt",
        text: `Ministers agree on an air defence deal\n\n20 May. 2025\n\n${story}`,
      },
      { today: "2026-12-06" },
    );
    expect(bare.published).toBe("2025-05-20");
  });

  it("needs the day and the year: a sentence ending in May is no stamp", () => {
    expect(fullDateAt("May. 12 ministers attended")).toBeNull();
    expect(fullDateAt("May. The talks")).toBeNull();
  });
});
