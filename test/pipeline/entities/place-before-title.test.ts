// @vitest-environment node
// A country that ends the words before a titled name is where something happens, not the
// person's own: "in Tromso, Norway, Foreign Minister X" (a city and its country after "in"),
// "instead of going on to Qatar, deputy spokesman X said" (a destination after a verb and "to").
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

const countryOf = (paragraphs: string[], name: string) =>
  peopleIn(paragraphs).find((p) => p.name === name)?.country;

describe("a place ending the words before a title", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Jonas Vikström", "Ralph Doyle"]);

  it("is not the person's country after 'in' and a city", () => {
    const text =
      "On the sidelines of the forum in Tromso, Norway, Foreign Minister Jonas Vikström held talks with reporters.";
    expect(countryOf([text], "Jonas Vikström")).toBeNull();
  });

  it("is not the person's country after a verb and 'to'", () => {
    const text =
      "The secretary will fly home instead of going on to Qatar, deputy spokesman Ralph Doyle said.";
    expect(countryOf([text], "Ralph Doyle")).toBeNull();
  });
});
