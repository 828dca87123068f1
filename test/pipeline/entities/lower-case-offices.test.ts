// @vitest-environment node
// An office listed with its capital only, because its lower-case word is a common noun ("the
// king said", "the secretary's notes"), is still the office right before a full name:
// "Jordan's king Abdullah II", "UPA chairperson Sonia Gandhi", "presidential communications
// secretary Cheloy Garafil". Before anything else it stays a common noun.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

describe("lower-case offices before a full name", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Rashid II", "Amara Velloso", "Tomas Brevik"]);

  it.each([
    [
      "a king and his regnal number",
      "The minister was welcomed by Oman's king Rashid II in Salalah.",
      [["Rashid II", "King"]],
    ],
    [
      "a party's chairperson",
      "He also called on party chairperson Amara Velloso on Wednesday.",
      [["Amara Velloso", "Chairperson"]],
    ],
    [
      "a secretary after the words of the office",
      "It is a milestone, presidential communications secretary Tomas Brevik said on Monday.",
      [["Tomas Brevik", "Secretary"]],
    ],
  ])("reads %s", (_, text, people) => {
    expect(peopleIn([text]).map((p) => [p.name, p.role])).toEqual(people);
  });

  it.each([
    "The king Rashid said little; the chairman General Motors named was absent.",
    "The secretary New Delhi sent arrived on Monday.",
    "Speaking to reporters, the king said the talks went well.",
  ])("reads no one in '%s'", (text) => {
    expect(peopleIn([text])).toEqual([]);
  });
});
