// @vitest-environment node
// "Marchetti and Okafor met for an informal dinner ...", told with no day, beside "Marchetti
// had arrived in Valletta on Monday": the visitor's meeting is of the visit the story dates,
// in its month (its day is not told). None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { storyEvents } from "../stage-inputs";

const FILLER = "Chile's trade with Malta rose by a third last year.";
const MET =
  "Prime Minister Ines Okafor and Foreign Minister Odile Marchetti met for an informal dinner at the palace.";
const ARRIVED =
  "Marchetti had arrived in Valletta on Monday, where she was received by Deputy Minister Pavel Drozd.";

function meetingStarts(found: ReturnType<typeof storyEvents>) {
  return found
    .filter((e) => e.type !== "visit" && e.people.includes("Ines Okafor"))
    .map((e) => e.start);
}

describe("a visitor's meeting told undated, beside a visit the story dates", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Ines Okafor", "Pavel Drozd"]);

  it("takes the visit's month when told in the visit's paragraph or the next", () => {
    const found = storyEvents("a.txt", "Minister in Malta", FILLER, MET, ARRIVED);
    expect(meetingStarts(found)).toEqual(["2024-05"]);
  });

  it("takes the visit's day when the next sentence of its paragraph opens 'Earlier on <day>'", () => {
    const found = storyEvents(
      "d.txt",
      "Minister in Malta",
      FILLER,
      `${MET} Earlier on Monday, Marchetti arrived in Valletta, where she was received by Deputy Minister Pavel Drozd.`,
    );
    expect(meetingStarts(found)).toEqual(["2024-05-06"]);
  });

  it("stays undated when told far from the visit, in no place the visit names", () => {
    const found = storyEvents(
      "b.txt",
      "Minister in Malta",
      FILLER.replace("Chile", "Peru"),
      MET,
      FILLER,
      FILLER.replace("last", "the year before"),
      ARRIVED,
    );
    expect(meetingStarts(found).filter((d) => d !== null && d !== undefined)).toEqual([]);
  });

  it("stays undated when its sentence dates something else", () => {
    const found = storyEvents(
      "c.txt",
      "Minister in Malta",
      FILLER,
      "Prime Minister Ines Okafor and Foreign Minister Odile Marchetti met for their first talks since Okafor took office in March.",
      ARRIVED,
    );
    expect(meetingStarts(found).filter((d) => d?.startsWith("2024-05"))).toEqual([]);
  });
});
