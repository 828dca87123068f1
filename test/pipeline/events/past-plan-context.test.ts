// @vitest-environment node
// "The agency on Saturday quoted a spokesman as saying X will visit on May 10-12", then "X had
// planned to travel there during a regional tour earlier in the year, but ...": a plan that
// fell through is no doing of the story's day, so it does not take the lead's Saturday.
// (Written sentences; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { eventsIn, readArticleOf } from "../stage-inputs";

describe("a past plan told after a dated lead", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Ama Okafor"]);

  it("is not dated by the lead's day", () => {
    const found = eventsIn(
      readArticleOf(
        [
          "OSLO — Norway says Defence Minister Ama Okafor of Kenya will visit next month as the two navies step up exchanges.",
          "The state broadcaster on Saturday quoted a ministry spokesman as saying Okafor will visit May 10-12.",
          "Okafor had planned to travel to Norway during a Nordic tour earlier in the year but Oslo declined to invite her at that time.",
        ],
        { published: "2024-04-13" },
      ),
    ).map((e) => [e.type, e.date?.start ?? null]);
    expect(found).toContainEqual(["visit", "2024-05-10"]);
    expect(found).not.toContainEqual(["visit", "2024-04-13"]);
  });
});
