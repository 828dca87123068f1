// @vitest-environment node
// "the day before", "a day earlier", "the previous day" count back from the last day the story
// told, as "the next day" counts forward: the talks they date are a meeting of their own, even
// told with a weak "discussed" and "also". "the day before the vote" counts from the vote, not
// from the story's day. (Written sentences.)
import { describe, expect, it } from "vitest";
import { eventsIn, readArticleOf } from "../stage-inputs";

const LEAD =
  "Foreign Minister Erik Lund met Germany's foreign minister, Hans Becker, in Berlin on Wednesday for official talks.";

const found = (second: string) =>
  eventsIn(readArticleOf([LEAD, second], { published: "2016-04-06" })).map((e) => ({
    type: e.type,
    start: e.date?.start ?? null,
  }));

describe("a day counted back from the day just told", () => {
  it.each([
    "A day earlier, Lund held talks in Oslo with Norwegian foreign minister Jonas Dahl.",
    "Mr Lund had also discussed these issues the day before in Oslo with Norwegian foreign minister, Jonas Dahl.",
    "Lund had held talks in Oslo with Norwegian foreign minister Jonas Dahl the previous day.",
  ])("dates talks of their own: %s", (second) => {
    expect(found(second)).toEqual(
      expect.arrayContaining([
        { type: "talks", start: "2016-04-06" },
        { type: "talks", start: "2016-04-05" },
      ]),
    );
  });

  it("is not read from 'the day before' something named", () => {
    expect(
      found(
        "Lund had held talks with Norwegian foreign minister Jonas Dahl the day before the vote.",
      ),
    ).not.toContainEqual({ type: "talks", start: "2016-04-05" });
  });
});
