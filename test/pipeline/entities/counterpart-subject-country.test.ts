// @vitest-environment node
// "Foreign Minister X will meet his Norwegian counterpart Y": X is not Norwegian, and in a
// story about two countries, Norway and one other, X is from the other one.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { peopleIn } from "./people-of";

describe("the country of someone meeting a counterpart", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Petra Lindqvist", "Arne Solheim"]);

  it("is the story's other country when the counterpart's is named", () => {
    const people = peopleIn([
      "Foreign Minister Petra Lindqvist will receive her Norwegian counterpart, Arne Solheim, in Stockholm on Monday.",
      "Relations between Sweden and Norway are close, the ministry said.",
    ]);
    expect(people.map((p) => [p.name, p.country])).toEqual([
      ["Arne Solheim", "Norway"],
      ["Petra Lindqvist", "Sweden"],
    ]);
  });

  it("is left unknown when the story names no second country", () => {
    const people = peopleIn([
      "Foreign Minister Petra Lindqvist will receive her Norwegian counterpart, Arne Solheim, on Monday.",
    ]);
    expect(people.find((p) => p.name === "Petra Lindqvist")?.country).toBeNull();
  });
});
