// @vitest-environment node
// "Reached Valletta this evening," the minister posted, in a story of Tuesday's talks stamped
// Wednesday: the quotation's day counts from the day it was said, which the text does not
// give, so it dates nothing; the story's own day and the words outside quotation are read as
// before. (Written sentences; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents, wireStory } from "../stage-inputs";

const story = (...body: string[]) => wireStory("Talks in Valletta", body.join("\n\n"));
const POSTED_TOMORROW =
  '"Looking forward to our talks with President Tavita Lemalu tomorrow," Berg posted on X after her arrival.';

describe("a day counted in a quotation of a story told of an earlier day", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Lena Berg", "Tavita Lemalu"]);

  // The dateline is Wednesday 8 May 2024; the story's own day is Tuesday 7 May.
  it("is not counted from the page's stamp", () => {
    const found = builtEvents(
      "a.txt",
      story(
        "Foreign Minister Lena Berg met President Tavita Lemalu in Valletta on Tuesday.",
        POSTED_TOMORROW,
      ),
    );
    expect(found.filter((e) => e.start === "2024-05-09")).toEqual([]);
    expect(found).toContainEqual(expect.objectContaining({ start: "2024-05-07" }));
  });

  it("still counts from the stamp when the story's day is the stamp's", () => {
    const found = builtEvents(
      "b.txt",
      story(
        "Foreign Minister Lena Berg met President Tavita Lemalu in Valletta on Wednesday.",
        POSTED_TOMORROW,
      ),
    );
    expect(found).toContainEqual(expect.objectContaining({ start: "2024-05-09" }));
  });

  it("still counts words outside a quotation from the stamp", () => {
    const found = builtEvents(
      "c.txt",
      story(
        "Foreign Minister Lena Berg met President Tavita Lemalu in Valletta on Tuesday.",
        "Berg will hold talks with President Tavita Lemalu again tomorrow, the ministry said.",
      ),
    );
    expect(found).toContainEqual(expect.objectContaining({ start: "2024-05-09" }));
  });
});
