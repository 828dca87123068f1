import { describe, expect, it } from "vitest";
import { publicationProvenance, publishedLabel } from "../../src/shared/published-label";

describe("a source's publication date beside its outlet", () => {
  it("says a date printed in the article as it is", () => {
    expect(publishedLabel({ published: "2023-12-08", publishedFrom: "text" })).toBe(
      "8 December 2023",
    );
  });

  it("marks a date the build inferred or the editor gave", () => {
    expect(publishedLabel({ published: "2023-12-06", publishedFrom: "inferred" })).toBe(
      "6 December 2023 (date inferred)",
    );
    expect(publishedLabel({ published: "2023-12", publishedFrom: "editor" })).toBe(
      "December 2023 (date from the editor)",
    );
  });

  it("says so in lower case when there is none, or no article", () => {
    expect(publishedLabel({ published: null, publishedFrom: null })).toBe("date unknown");
    expect(publishedLabel(undefined)).toBe("date unknown");
  });
});

describe("where a publication date came from, in words", () => {
  it("gives one phrase per origin, and none when the origin is not known", () => {
    expect(publicationProvenance("text")).toBe("as printed in the article");
    expect(publicationProvenance("inferred")).toBe("inferred from the article");
    expect(publicationProvenance("editor")).toBe("supplied by the editor");
    expect(publicationProvenance(null)).toBeNull();
  });
});
