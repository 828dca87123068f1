// @vitest-environment node
// People named as the topic of what is said at an event, not as ones who take part in it: the
// two sides of a relationship praised ("the relationship between Mr. X and President Y"), the
// owner of a stance ("the fighting, on which President Y has held a neutral stance") or of a
// policy ("President Y's trade policies"), those of other talks asked for ("calling for
// negotiations between X and Y"). Talks "between X and Y" still name those who take
// part. (Written sentences; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { participantsOf } from "../stage-inputs";

describe("people named as the topic of an event", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Lena Berg",
    "Tomas Lund",
    "Chidi Okafor",
    "Peter Mwangi",
  ]);

  it("leaves out the side of a relationship praised at a meeting who was not at it", () => {
    const found = participantsOf([
      "Defence Minister Lena Berg called on Prime Minister Tomas Lund in Oslo on May 8, 2019.",
      "During the meeting, Berg praised the exceptional relationship between Mr. Tomas Lund and President Chidi Okafor.",
    ]);
    expect(found.flat()).toContain("Lena Berg");
    expect(found.flat()).toContain("Tomas Lund");
    expect(found.flat()).not.toContain("Chidi Okafor");
  });

  it("leaves out the one who holds a stance on what was discussed", () => {
    const found = participantsOf([
      "Foreign Minister Lena Berg met President Tomas Lund in Abuja on May 8, 2023, and Lund said he would inform her about the fighting in the region, on which Kenyan President Peter Mwangi has held a neutral stance.",
    ]);
    expect(found.flat()).toContain("Lena Berg");
    expect(found.flat()).toContain("Tomas Lund");
    expect(found.flat()).not.toContain("Peter Mwangi");
  });

  it("leaves out the one whose policies the talks are about", () => {
    const found = participantsOf([
      "Foreign Minister Lena Berg will hold a meeting on May 8, 2017 with her counterpart Tomas Lund in Lagos to counteract Kenyan President Peter Mwangi's trade policies.",
    ]);
    expect(found.flat()).toContain("Lena Berg");
    expect(found.flat()).toContain("Tomas Lund");
    expect(found.flat()).not.toContain("Peter Mwangi");
  });

  it("leaves out the people of other talks the meeting only asks for", () => {
    const found = participantsOf([
      "Security Adviser Lena Berg met Council Secretary Tomas Lund in Oslo on May 8, 2025, and Lund stressed the ties between the two nations, calling for full-scale negotiations between President Chidi Okafor and Prime Minister Peter Mwangi.",
    ]);
    expect(found.flat()).toContain("Lena Berg");
    expect(found.flat()).toContain("Tomas Lund");
    expect(found.flat()).not.toContain("Chidi Okafor");
    expect(found.flat()).not.toContain("Peter Mwangi");
  });

  it("keeps both people of talks told as 'between X and Y'", () => {
    const found = participantsOf([
      "The agreement came at the end of talks between President Chidi Okafor and Prime Minister Tomas Lund in Lagos on May 8, 2019.",
    ]);
    expect(found.flat()).toContain("Chidi Okafor");
    expect(found.flat()).toContain("Tomas Lund");
  });
});
