// @vitest-environment node
// Lines at the top of a page that hold no letter ("0", a counter; "403"; "![]() |", an empty
// image in a table cell) or are a layout table's row closed by bars ("U.S. Department of
// Defense ... News Release |", "Online: | |"): markup the store kept, no headline and no site
// header. The headline under them is the title, and a stamp under them still opens the page.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const read = (text: string) => readArticle({ file: "page.txt", text });
const headline = "Norway and Finland agree on joint coast guard patrols";
const story =
  "The two ministers met in Oslo on Tuesday and discussed fisheries, Arctic shipping and the training of their coast guards.\n\nThey agreed to meet again next year.\n";

describe("letterless lines and table rows over the headline", () => {
  it.each([
    ["0"],
    ["403"],
    ["![]() |"],
    ["Online: | |", "Visits: | |"],
    ["![]() |", "Ministry of Defence Press Office News Release |", "No. NR-224-14 | ||"],
  ])("%j is no headline", (...top) => {
    expect(read(`${top.join("\n")}\n${headline}\n\n${story}`).title).toBe(headline);
  });

  it("keeps a stamp under a counter as the page's date", () => {
    const article = read(`0\nTuesday 21 November 2023 - 20:55\n${headline}\n\n${story}`);
    expect(article.title).toBe(headline);
    expect(article.published).toBe("2023-11-21");
  });

  it("keeps a headline that closes on a bar-free phrase", () => {
    const title = "Norway | Finland agree on patrols";
    expect(read(`${title}\n\n${story}`).title).toBe(title);
  });
});
