// @vitest-environment node
// A speaker named after the event, after a comma (", Defence Secretary Lena Berg said"),
// reports it and takes no part in it; one who acts in the sentence still does. (Written
// sentences; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { participantsOf } from "../stage-inputs";

describe("a speaker named after the event", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Lena Berg", "Tomas Lund", "Ama Okafor"]);

  it("is not a participant", () => {
    const found = participantsOf([
      "Defence Minister Tomas Lund met Nigerian Defence Minister Ama Okafor in Oslo on May 8, Defence Secretary Lena Berg said.",
    ]);
    expect(found).toEqual([["Tomas Lund", "Ama Okafor"]]);
  });

  it("still takes part when an opening participle makes the name the one who acts", () => {
    const found = participantsOf([
      "Speaking after his talks with Nigerian Defence Minister Ama Okafor in Abuja on May 8, Defence Minister Tomas Lund said the visit would deepen ties.",
    ]);
    expect(found.flat()).toContain("Tomas Lund");
  });
});
