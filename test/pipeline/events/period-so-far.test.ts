// @vitest-environment node
// "(third time this year)" beside a day: the day dates the event. (Written sentences; the
// people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { eventsIn, readArticleOf } from "../stage-inputs";

const starts = (paragraphs: string[]) =>
  eventsIn(readArticleOf(paragraphs, { published: "2024-05-10" })).map((e) => e.date?.start);

describe("a count of occasions so far beside a day", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu"]);

  it("leaves the day to date the event", () => {
    expect(
      starts([
        "On May 7, Fisheries Minister Odile Marchetti held talks with Minister Tavita Lemalu (the third time this year).",
      ]),
    ).toEqual(["2024-05-07"]);
  });

  it("still dates an event by 'this year' when no finer date is given", () => {
    expect(
      starts([
        "Fisheries Minister Odile Marchetti held talks with Minister Tavita Lemalu this year.",
      ]),
    ).toEqual(["2024"]);
  });
});
