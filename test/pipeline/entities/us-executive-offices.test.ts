// @vitest-environment node
// The White House and the State Department name the United States as the Pentagon and the
// Kremlin name theirs: their spokespeople and press secretaries get that country.
import { describe, expect, it } from "vitest";
import { peopleIn } from "./people-of";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";

describe("White House and State Department officials", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Dana Whitcombe", "Lionel Marsh"]);

  it("gives their spokespeople the United States", () => {
    const found = peopleIn([
      "The talks went well, White House Press Secretary Dana Whitcombe told reporters on Monday.",
      "The tour was announced by State Department spokesman Lionel Marsh.",
    ]);
    expect(found.map((p) => [p.name, p.role, p.country])).toEqual([
      ["Dana Whitcombe", "Press Secretary", "United States"],
      ["Lionel Marsh", "Spokesperson", "United States"],
    ]);
  });
});
