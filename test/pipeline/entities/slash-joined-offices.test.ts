// @vitest-environment node
// "Vietnamese Deputy Prime Minister/Foreign Minister X": two offices of one person joined by
// a slash are one run of titles, so the adjective before the first one is X's country.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

describe("offices joined by a slash", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Tran Van Long", "Bounmy Keola"]);

  it("give the person the country before the first office", () => {
    const people = peopleIn([
      "The minister met Vietnamese Deputy Prime Minister/Foreign Minister Tran Van Long and Lao Deputy Prime Minister / Foreign Minister Bounmy Keola on Monday.",
    ]);
    expect(people.map((p) => [p.name, p.country])).toEqual([
      ["Bounmy Keola", "Laos"],
      ["Tran Van Long", "Vietnam"],
    ]);
  });
});
