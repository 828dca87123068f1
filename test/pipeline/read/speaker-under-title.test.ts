// @vitest-environment node
// A line naming who speaks ("Extra Press Conference by Defense Minister X", "Spokesperson X's
// Regular Press Conference on ...") under the page's own title, above the story: it names the
// story's speaker, so it is story text, not a standfirst to drop.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

describe("a speaker's line under the page's title", () => {
  it("is kept when a press conference names its minister after 'by'", () => {
    const text = `Press Conference

Extra Press Conference by Defense Minister Tanaka (06:10-06:25 P.M. May 3, 2017(Japan Time))

(This is a provisional translation of an announcement by the Defense Minister for reference purposes only.)

Question:
You held a defense ministerial meeting today. Please tell me about the results.

Minister:
Today, I held a meeting with Defence Minister Olsen. The meeting lasted for an hour.
`;
    const article = readArticle({ file: "presser.txt", text });
    expect(article.title).toBe("Press Conference");
    expect(article.paragraphs[0]).toBe(
      "Extra Press Conference by Defense Minister Tanaka (06:10-06:25 P.M. May 3, 2017(Japan Time))",
    );
  });

  it("is kept when the speaker comes before the kind of address", () => {
    const text = `Ministry of Foreign Affairs
Republic of Example
Foreign Ministry Spokesperson Jan Kowal’s Regular Press Conference on May 3, 2024

Jan Kowal: The foreign minister will visit Brussels from May 6 to 8 at the invitation of the High Representative of the EU.

Reuters: What does the ministry expect from the visit?
`;
    const article = readArticle({ file: "spokesperson.txt", text });
    expect(article.paragraphs[0]).toBe(
      "Foreign Ministry Spokesperson Jan Kowal’s Regular Press Conference on May 3, 2024",
    );
  });

  it("keeps an intro the dateline moved above a speaker's headline", () => {
    const text = `PM Example's Remarks at the Start of the Weekly Cabinet Meeting

The prime minister chairs the weekly cabinet meeting in the capital, Sunday, Jan. 30, 2011, as ministers look on.

Jan 30 (EXAMPLE.COM / PRIME MINISTER’s OFFICE) — Following are Prime Minister Jan Example's remarks at the start of the weekly Cabinet meeting today:

"We are watching events in the region closely. Last night, I spoke with the President of the neighbouring state."
`;
    const paragraphs = readArticle({ file: "remarks.txt", text }).paragraphs;
    expect(paragraphs.some((p) => p.startsWith("Following are Prime Minister Jan Example"))).toBe(
      true,
    );
    expect(paragraphs.some((p) => p.startsWith('"We are watching events'))).toBe(true);
  });

  it("leaves a title with a possessive but no address alone", () => {
    const text = `Minister Example's visit to the capital

The minister arrived in the capital on Monday for two days of talks with his counterpart.
`;
    expect(readArticle({ file: "visit.txt", text }).paragraphs).toEqual([
      "The minister arrived in the capital on Monday for two days of talks with his counterpart.",
    ]);
  });
});
