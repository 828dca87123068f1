// @vitest-environment node
// A line that is only a stamp's label and its date may close the date with a full stop
// ("- Published: 10.12.2014.", as pages in Croatian or Czech style close every date): it is
// still the page's stamp, not a sentence and not the headline. A sentence that merely ends
// with a date stays story text. (Written pages.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { classifyLine } from "../../../src/pipeline/read/furniture";
import { findStamp } from "../../../src/pipeline/read/stamps";

const page = `- Published: 10.12.2014.
Minister to attend summit in Belgrade
(Wire) - Foreign Minister Ana Horvat announced on Wednesday that she would travel to Belgrade next week for a regional summit.
`;

describe("a labelled stamp closed with a full stop", () => {
  it("dates the page, and the headline is the line after it", () => {
    const a = readArticle({ file: "p.txt", text: page });
    expect(a.published).toBe("2014-12-10");
    expect(a.title).toBe("Minister to attend summit in Belgrade");
  });

  it("reads a written-out date so too", () => {
    expect(classifyLine("Updated on March 3, 2021.")).toMatchObject({
      kind: "furniture",
      stamp: { date: "2021-03-03" },
    });
  });

  it("leaves a sentence that ends with a date in the story", () => {
    expect(classifyLine("Published reports said the two ministers met on 10.12.2014.").kind).toBe(
      "content",
    );
  });

  it("reads the date before the stop, but not a figure after a dot", () => {
    expect(findStamp("Published: 10.12.2014.")?.date).toBe("2014-12-10");
    expect(findStamp("Version 10.12.2014.5")).toBeNull();
  });
});
