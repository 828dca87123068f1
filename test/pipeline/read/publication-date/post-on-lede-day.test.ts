// @vitest-environment node
// A story with no date of its own that reports its news on a weekday ("arrived in India on
// Thursday") and quotes a post dated on that weekday is of the post's day; a post of another
// day, or no weekday in the lede, leaves the day open.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../../src/pipeline/read-article";

const TODAY = { today: "2026-12-04" };
const page = (lede: string, post: string) =>
  readArticle(
    {
      file: "story.txt",
      text: `Foreign minister lands in India on his first visit this year\n\nNew Delhi: ${lede}\n\nThe minister will meet the Prime Minister and the External Affairs Minister during the visit, officials said.\n\n#WATCH | Foreign Minister arrives in New Delhi for an official visit\n(Video Source: MEA Spokesperson) pic.twitter.com/abc123 — ANI (@ANI) ${post}\n\nPeople familiar with the preparations for the talks said trade would be discussed.\n`,
    },
    TODAY,
  );

describe("a quoted post dated on the lede's day", () => {
  it("dates the story, as inferred", () => {
    const a = page(
      "The Russian foreign minister arrived in India on Thursday on a two-day official visit.",
      "March 31, 2022",
    );
    expect(a.published).toBe("2022-03-31");
    expect(a.publishedFrom).toBe("inferred");
  });

  it("leaves a post of another weekday alone", () => {
    const a = page(
      "The Russian foreign minister arrived in India on Tuesday on a two-day official visit.",
      "March 31, 2022",
    );
    expect(a.published).toBeNull();
  });

  it("needs the lede's weekday", () => {
    const a = page(
      "The Russian foreign minister has arrived in India on a two-day official visit.",
      "March 31, 2022",
    );
    expect(a.published).toBeNull();
  });
});
