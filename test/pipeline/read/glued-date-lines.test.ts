// @vitest-environment node
import { describe, expect, it } from "vitest";
import { unglueDateLines } from "../../../src/pipeline/read/glued-date-lines";
import { readArticle } from "../../../src/pipeline/read-article";

describe("a date line run into the first sentence", () => {
  it("is put back on a line of its own", () => {
    expect(
      unglueDateLines("Office of the Spokesman\nOctober 22, 2010Secretary Berg will travel."),
    ).toBe("Office of the Spokesman\nOctober 22, 2010\nSecretary Berg will travel.");
    expect(unglueDateLines("4 March 2019The Minister left.")).toBe(
      "4 March 2019\nThe Minister left.",
    );
  });

  it("leaves dates inside a line, and a date followed by a space, as they are", () => {
    for (const text of [
      "October 22, 2010 was a Friday.",
      "On October 22, 2010Secretary Berg left.",
      "October 22, 2010, the ministers met.",
      "Flight AB2010Z left.",
    ])
      expect(unglueDateLines(text)).toBe(text);
  });

  it("dates a release whose date line was run into its first sentence", () => {
    const article = readArticle({
      file: "release.txt",
      text: "Secretary Berg's Travel\nOffice of the Spokesman, Valletta\nOctober 22, 2010Secretary of State Lena Berg will travel to Apia October 27-29.\n",
    });
    expect(article.published).toBe("2010-10-22");
  });

  it("puts a stamp's label and the date on the line under it back on one line", () => {
    expect(unglueDateLines("Release Date:\n14/01/2017\nRelease Type:\nMedia Release")).toBe(
      "Release Date: 14/01/2017\nRelease Type:\nMedia Release",
    );
    expect(unglueDateLines("Published:\nMarch 3, 2021")).toBe("Published: March 3, 2021");
    // A label-like line over anything but a lone date stays as it is.
    expect(unglueDateLines("Note:\n14/01/2017 was a Saturday.")).toBe(
      "Note:\n14/01/2017 was a Saturday.",
    );
  });
});
