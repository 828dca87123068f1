// @vitest-environment node
// "The ministry last month had said that the dialogue will cover ...": the date is the
// saying's, so the dialogue ahead is not dated to last month; "said a press release issued by
// the ministry on Wednesday": the day the release was put out dates no event of the
// sentence. A saying on a day ("Berg on Monday said that the new forum will ...") is left
// as it was: it is most often the story's own news. (Written sentences; the people are not in
// the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents, wireStory } from "../stage-inputs";

const story = (...body: string[]) => wireStory("Statement", body.join("\n\n"));

describe("a date that belongs to the saying", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Lena Berg", "Tavita Lemalu"]);

  it("does not date what was said to lie ahead", () => {
    const found = builtEvents(
      "a.txt",
      story(
        "Foreign Minister Lena Berg met President Tavita Lemalu in Valletta on Tuesday.",
        "The Ministry of Foreign Affairs last month had said that the agenda for the two plus two dialogue between Malta and Samoa will cover defence issues.",
      ),
    );
    expect(found.filter((e) => e.start === "2024-04")).toEqual([]);
    expect(found).toContainEqual(expect.objectContaining({ start: "2024-05-07" }));
  });

  it("does not date an event by the day a release was issued", () => {
    const found = builtEvents(
      "b.txt",
      story(
        "Foreign Minister Lena Berg met President Tavita Lemalu in Valletta on Tuesday.",
        "The visit of the minister to Samoa will deepen ties, said a press release issued by the foreign ministry on Monday.",
      ),
    );
    expect(found.filter((e) => e.start === "2024-05-06")).toEqual([]);
  });
});
