// @vitest-environment node
// Two more page-date forms met on real pages (written pages here): a stamp whose day, month and
// year stand one a line under its label ("Posted On" / "23" / "September" / "2021"), which dates
// the story; and two weekdays tied to their dates in one sentence ("since Friday (27/10/2023)
// until Sunday (29/10/2023)"), a span that tells no day the story was told on.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { unglueDateLines } from "../../../src/pipeline/read/glued-date-lines";

const TODAY = { today: "2026-12-08" };

const stacked = `FOLLOW US

Posted On

23
September
2021

Harbour pact agreed as envoys meet in Lisbon

LISBON. Sept 23 (Wire) – Portugal's envoy Rui Almeida met Norway's envoy Ola Berg in Lisbon, where both sides agreed a harbour pact.
`;

const span = `The delegation led by Rui Almeida has been in Lisbon since Friday (27/10/2023) until Sunday (29/10/2023), where it met Norway's envoy Ola Berg.

There is no word yet on a harbour pact.
`;

describe("a stamp stacked one part a line", () => {
  it("is put back on one line", () => {
    expect(unglueDateLines("Posted On\n\n23\nSeptember\n2021\n\nHeadline")).toBe(
      "Posted On\n\n23 September 2021\n\nHeadline",
    );
  });

  it("dates the story", () => {
    const a = readArticle({ file: "stacked.txt", text: stacked }, TODAY);
    expect([a.published, a.publishedFrom]).toEqual(["2021-09-23", "text"]);
  });

  it("leaves figures that are no date alone", () => {
    expect(unglueDateLines("23\nSeptember\nvisitors")).toBe("23\nSeptember\nvisitors");
  });
});

describe("two tied weekdays in one sentence", () => {
  it("give the story no day", () => {
    const a = readArticle({ file: "span.txt", text: span }, TODAY);
    expect(a.published).toBeNull();
  });

  it("while one alone still does", () => {
    const one = span.replace(" until Sunday (29/10/2023)", "");
    const a = readArticle({ file: "one.txt", text: one }, TODAY);
    expect([a.published, a.publishedFrom]).toEqual(["2023-10-27", "inferred"]);
  });
});
