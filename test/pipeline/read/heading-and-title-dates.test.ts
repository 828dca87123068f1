// @vitest-environment node
// A reposted document keeps its own heading under the page's other lines: the date that closes
// the heading ("Treaty Room / Washington, DC / April 30, 2010") and the date its title ends with
// under an office's name ("10 Downing Street" over "PM call with ...: 13 June 2025") date it.
// A sentence's wrapped piece that carries a date, a related story's date under the story, and a
// site's clock line are no such heading.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const read = (text: string) => readArticle({ file: "page.txt", text }, { today: "2026-12-07" });

const speech = [
  "Good morning. It is an honour to welcome the minister to the department again, and to continue the talks we began last year on trade, energy and the security of the region.",
  "",
  "We discussed the situation in the region and the work still to be done on the outstanding issues between our two countries, and we agreed to meet again in the months ahead.",
  "",
  "We also discussed the conference that opens next week, where both our delegations will work for an outcome that strengthens the treaty and its review process.",
].join("\n");

describe("a date that closes a reposted document's heading", () => {
  it("dates a transcript under a blogger's note", () => {
    const page = [
      "Feeds:",
      "Posts",
      "",
      "Posts Tagged ‘Some Minister’",
      "",
      "Finally, I have caught up with the meetings from yesterday!",
      "",
      "Remarks With the Visiting Foreign Minister After Their Meeting",
      "",
      "Jane Doe",
      "Secretary of State",
      "Treaty Room",
      "Washington, DC",
      "March 3, 2011",
      "",
      `SECRETARY DOE: ${speech}`,
    ].join("\n");
    expect(read(page).published).toBe("2011-03-03");
  });

  it("dates a speech under a site's menu", () => {
    const page = [
      "MENU",
      "  • 1 of 3 Frequently Asked Questions on Passport Services",
      "  • 2 of 3 This is a smoke-free workplace. Let's keep it that way.",
      "",
      "The Minister's Remarks",
      "",
      "On the Occasion of the Annual Reception for the Diplomatic Corps",
      "",
      "12 December 2023",
      "",
      "Grand Hotel",
      "",
      "Excellencies,",
      "",
      speech,
    ].join("\n");
    expect(read(page).published).toBe("2023-12-12");
  });

  it("leaves a date in a wrapped sentence's line alone", () => {
    const page = [
      "The two presidents have issued a joint communique on the state",
      "visit and the first session of the commission between the two",
      "countries in the capital.",
      "Full Text Of Communique",
      "1. At the invitation of the President of the Republic,",
      "His Excellency, the President of the Federal Republic, paid a State Visit to",
      "the Republic from 02 - 04 October 2019, and attended the first",
      "session of the commission, as part of continuing bilateral",
      "engagements aimed at strengthening and deepening cooperation.",
      "2. The President was accompanied by a high-level delegation",
      "comprising State Governors, Ministers, and Senior Government",
      "Officials.",
    ].join("\n");
    expect(read(page).published).toBeNull();
  });

  it("leaves a related story's date under the story alone", () => {
    const page = [
      "Ministers meet on trade",
      "",
      speech,
      "",
      "Related",
      "Ministers agree on a new energy partnership for the region",
      "Talks on the treaty review to open in New York next month",
      "March 3, 2019",
    ].join("\n");
    expect(read(page).published).toBeNull();
  });
});

describe("a date that ends a title under an office's name", () => {
  it("dates the release, as inferred", () => {
    const page = [
      "10 Downing Street",
      "|Printable version",
      "PM call with President Macron of France: 13 June 2025",
      "The Prime Minister’s call with the President of France, Emmanuel Macron, this morning.",
      "The Prime Minister spoke to the President of France, Emmanuel Macron, this morning following the developments overnight.",
      "The leaders discussed their grave concerns and called on all sides to refrain from further escalation.",
    ].join("\n");
    const a = read(page);
    expect(a.published).toBe("2025-06-13");
    expect(a.publishedFrom).toBe("inferred");
  });

  it("does not take a site's clock line for a title", () => {
    const page = [
      "Kingdom Press",
      "",
      "The Kingdom and the world",
      "Thursday, Sep 18, 2025",
      "",
      "0:00",
      "0:00",
      "",
      "Crown Prince receives the visiting Secretary of State",
      "",
      "The Crown Prince received the visiting Secretary of State at the palace and reviewed the relations between the two countries and ways to develop them.",
    ].join("\n");
    expect(read(page).published).toBeNull();
  });
});
