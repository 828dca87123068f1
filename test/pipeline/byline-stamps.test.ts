// @vitest-environment node
// A date printed after a byline and a bullet ("FP Staff • September 5, 2024, 16:42:10 IST")
// is the publication date, seconds and all.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/pipeline/read-article";

const page = `Corridor gains steam as ministers meet

Union Minister Kiran Patel held talks with his Russian counterpart in Vladivostok

FP Staff • September 5, 2024, 16:42:10 IST

Union Minister Kiran Patel on Wednesday held talks with Russian minister Pavel Zorin in Vladivostok on the Chennai–Vladivostok corridor.

The two ministers agreed to set up a working group on Arctic shipping.
`;

describe("a byline followed by a bullet and a date", () => {
  it("gives the publication date", () => {
    const article = readArticle({ file: "fp.txt", text: page }, { today: "2026-11-22" });
    expect(article).toMatchObject({ published: "2024-09-05", publishedFrom: "text" });
  });
});
