// @vitest-environment node
// The paragraph after a dated lead goes on about the lead's day; talks called for are not
// talks held; "spoke today with" is a call. (Written sentences; people not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { eventsIn, readArticleOf } from "../stage-inputs";

const events = (paragraphs: string[], published: string | null = "2024-05-10") =>
  eventsIn(readArticleOf(paragraphs, { published })).map((e) => ({
    type: e.type,
    start: e.date?.start ?? null,
  }));

describe("the lead's day and what is not an event", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu"]);

  it("dates an undated event of the lead's people in the next paragraph on the lead's day", () => {
    expect(
      events([
        "President Odile Marchetti told Prime Minister Tavita Lemalu on Thursday that fishing rights would stay open.",
        "Marchetti spoke after a one-day summit that sought to mend ties.",
      ]),
    ).toContainEqual({ type: "summit", start: "2024-05-09" });
  });

  it("dates the story's own occasion under an opening with no day on the day it is published", () => {
    expect(
      events([
        "Samoa will buy two patrol boats from Fiji as it renews its fleet.",
        "The contract was signed in Apia by Fisheries Minister Tavita Lemalu and Odile Marchetti.",
      ]),
    ).toContainEqual({ type: "agreement", start: "2024-05-10" });
    expect(
      events([
        "Samoa will buy two patrol boats from Fiji as it renews its fleet.",
        "The contract will be signed in Apia by Fisheries Minister Tavita Lemalu and Odile Marchetti.",
      ]),
    ).toEqual([]);
  });

  it("leaves a looking-ahead sentence after the lead undated", () => {
    expect(
      events([
        "President Odile Marchetti told Prime Minister Tavita Lemalu on Thursday that fishing rights would stay open.",
        "Marchetti will attend a summit that seeks to mend ties.",
      ]),
    ).not.toContainEqual({ type: "summit", start: "2024-05-09" });
  });

  it("does not take talks called for as talks held", () => {
    expect(
      events([
        "President Odile Marchetti urged direct talks between the two fishing fleets on Thursday.",
      ]),
    ).toEqual([]);
    expect(
      events(["Marchetti reiterated the call for continued talks with Lemalu on Thursday."]),
    ).toEqual([]);
  });

  it("reads 'spoke today with' as a call on the day of publication", () => {
    expect(
      events(["President Odile Marchetti spoke today with Prime Minister Tavita Lemalu."]),
    ).toEqual([{ type: "phone-call", start: "2024-05-10" }]);
  });
});

describe("a definite event the story has not told before", () => {
  it("is told here when it names both sides and has a date", () => {
    expect(
      events([
        "Samoa and Fiji on Wednesday reaffirmed their fisheries partnership.",
        "This was stressed during the meeting of the visiting Fisheries Minister Tavita Lemalu with Odile Marchetti.",
      ]),
    ).toEqual([{ type: "talks", start: "2024-05-08" }]);
  });

  it("still only refers back when it names one side", () => {
    expect(
      events([
        "Samoa and Fiji on Wednesday reaffirmed their fisheries partnership.",
        "This was stressed during the meeting of the visiting Fisheries Minister Tavita Lemalu.",
      ]),
    ).toEqual([]);
  });
});

describe("an event in quoted speech", () => {
  it("is told when the quote gives its calendar day", () => {
    expect(
      events([
        '"The President is leaving for Apia on May 14," an aide to President Odile Marchetti told reporters.',
      ]),
    ).toEqual([{ type: "visit", start: "2024-05-14" }]);
  });

  it("stays opinion when the quote gives no calendar day", () => {
    expect(
      events(['"Our meeting today went well," President Odile Marchetti told reporters.']),
    ).toEqual([]);
  });
});
