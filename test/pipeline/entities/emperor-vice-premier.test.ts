// @vitest-environment node
// "Emperor" and "Vice-Premier" are offices (reference/titles.json): the name after them is
// the office holder's, a monarch's single name too.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

describe("emperors and vice-premiers", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Yoshimaro", "Pavel Dorin"]);

  it("reads the name after 'Emperor' and 'Vice-Premier'", () => {
    expect(
      peopleIn([
        "Japan’s Emperor Yoshimaro paid his respects last month at war memorials in the Philippines.",
        "Co-chair of the commission from the Russian side is Vice-Premier Pavel Dorin.",
      ]),
    ).toEqual([
      { name: "Pavel Dorin", country: null, role: "Vice Premier" },
      { name: "Yoshimaro", country: "Japan", role: "Emperor" },
    ]);
  });
});
