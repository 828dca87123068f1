// @vitest-environment node
// "Erdogan's spokesman X", "Mr Dalton's press secretary, X,": an aide holding an office for a
// person the story names shares that person's country; a possessive before other words
// ("Dalton's meeting with Prime Minister X") says nothing about X.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

const countryOf = (paragraphs: string[], name: string) =>
  peopleIn(paragraphs).find((p) => p.name === name)?.country;

describe("an aide named with the person they serve", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Henrik Dalton", "Lars Moberg", "Olav Brekke"]);

  it("has the served person's country", () => {
    const story = [
      "Danish Prime Minister Henrik Dalton arrived in Rome on Monday.",
      "Dalton's spokesman Lars Moberg said the talks went well.",
    ];
    expect(countryOf(story, "Lars Moberg")).toBe("Denmark");
    const comma = [
      "Danish Prime Minister Henrik Dalton arrived in Rome on Monday.",
      "Mr Dalton's press secretary, Lars Moberg, said the talks went well.",
    ];
    expect(countryOf(comma, "Lars Moberg")).toBe("Denmark");
  });

  it("is not read from a possessive before other words", () => {
    const story = [
      "Danish Prime Minister Henrik Dalton arrived in Rome on Monday.",
      "Dalton's meeting with Prime Minister Olav Brekke lasted an hour.",
    ];
    expect(countryOf(story, "Olav Brekke")).toBeNull();
  });
});
