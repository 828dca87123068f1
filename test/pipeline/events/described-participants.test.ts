// @vitest-environment node
// Participants named by description: "the Air Chief" is the air force chief the story has
// named; "their meeting" is the meeting of the two named last. (Written sentences; the people
// are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { participantsOf } from "../stage-inputs";

describe("a service chief described by title", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Tomas Varga",
    "Ilse Brandt",
    "Odile Marchetti",
    "Tavita Lemalu",
    "Greta Lindqvist",
  ]);

  it("takes part as the chief named before", () => {
    const found = participantsOf([
      "Chief of the Air Staff Air Marshal Tomas Varga arrived in Vienna on Monday.",
      "On Tuesday, the Air Chief called on Defence Minister Ilse Brandt.",
    ]);
    expect(found).toContainEqual(["Tomas Varga", "Ilse Brandt"]);
  });

  it("reads 'their meeting' as the meeting of the two people named last", () => {
    const found = participantsOf([
      "Fisheries Minister Odile Marchetti held a video call with Minister Tavita Lemalu on Monday.",
      "The officials reviewed the work of the fisheries working groups since their meeting in Apia in November 2023.",
    ]);
    expect(found).toEqual([
      ["Odile Marchetti", "Tavita Lemalu"],
      ["Odile Marchetti", "Tavita Lemalu"],
    ]);
  });

  it("reads 'both sides' as the two people named last", () => {
    const found = participantsOf([
      "Fisheries Minister Odile Marchetti visited Apia on Monday and met her counterpart Tavita Lemalu.",
      "Both sides signed agreements on fishing licences on Tuesday.",
    ]);
    // The visit and the meeting its sentence tells are two events; the signing is told last.
    expect(found.at(-1)).toEqual(["Odile Marchetti", "Tavita Lemalu"]);
  });

  it("reads 'the two countries signed' as the two people named last, unless asked about", () => {
    const found = participantsOf([
      "Fisheries Minister Odile Marchetti held talks with her counterpart Tavita Lemalu in Apia on Monday.",
      "The two countries signed a number of fisheries and research agreements.",
    ]);
    expect(found).toContainEqual(["Odile Marchetti", "Tavita Lemalu"]);
    expect(found.length).toBe(2);
    const asked = participantsOf([
      "Fisheries Minister Odile Marchetti held talks with her counterpart Tavita Lemalu in Apia on Monday.",
      "Asked whether the two countries signed any agreement, Marchetti said talks would go on.",
    ]);
    expect(asked.length).toBe(1);
  });

  it("reads 'The SPD politician' opening a sentence as the subject of the one before", () => {
    const found = participantsOf([
      "Defence Minister Greta Lindqvist has started a two-day visit to Vilnius on Monday.",
      "The SPD politician wants to observe the joint military exercise “Iron Wolf” on Tuesday.",
    ]);
    expect(found).toContainEqual(["Greta Lindqvist"]);
    expect(found).toHaveLength(2);
  });

  it("reads no one into an exercise that leaders only direct others to hold", () => {
    const found = participantsOf([
      "Prime Minister Odile Marchetti met Prime Minister Tavita Lemalu in Apia on Monday.",
      "The two leaders directed their defence ministers to hold a joint naval exercise in June.",
    ]);
    expect(found.every((p) => p.length === 2 || p.length === 0)).toBe(true);
  });
});
