// @vitest-environment node
// Two stories sharing one person, with dates that agree only at a month's or a year's
// precision, are two events when each names a country (or a place the reference data puts in
// one) the other does not, leaving aside the shared person's own country: "Blinken to attend
// talks in Indonesia this week" (the US named in both) and "Blinken in Australia on 29 July"
// do not merge, nor talks in Astana in July and in Moscow on 8 July; a visit and a later
// story's "his last visit to Russia was in 2019" still do.
import { describe, expect, it } from "vitest";
import { eventsOfBoth, story } from "./two-stories";

/** Events told by both stories, as "type start". */
function sharedEvents(a: string, b: string): string[] {
  return eventsOfBoth(a, b).events.map((e) => `${e.type} ${e.start}`);
}

describe("two stories of one person in different countries", () => {
  it.each([
    [
      "keeps talks in one country this week apart from a meeting in another that month",
      story(
        "Envoy heads to Jakarta",
        "JAKARTA, July 11, 2023 (Wire) - US Secretary of State Antony Blinken will attend talks hosted by Indonesia this week.",
      ),
      story(
        "Ministers meet in Perth",
        "PERTH, July 29, 2023 (Wire) - Foreign Minister Penny Wong met US Secretary of State Antony Blinken in Australia on 29 July.",
      ),
    ],
    [
      "keeps a meeting recalled in one city apart from a meeting in another",
      story(
        "Leaders recall talks",
        "ISLAMABAD, October 16, 2024 (Wire) - The premier said President Vladimir Putin held talks in Astana in July this year.",
      ),
      story(
        "Putin hosts Modi",
        "MOSCOW, July 8, 2024 (Wire) - President Vladimir Putin met Prime Minister Narendra Modi in Moscow on Monday.",
      ),
    ],
  ])("%s", (_, first, second) => {
    expect(sharedEvents(first, second)).toEqual([]);
  });

  it("still joins a visit and a later story's recollection of it", () => {
    const found = sharedEvents(
      story(
        "Modi tours shipyard",
        "NEW DELHI, September 4, 2019 (Wire) - Prime Minister Narendra Modi, who is on a two-day visit, toured a shipyard with President Vladimir Putin on Wednesday.",
      ),
      story(
        "Modi to travel",
        "MOSCOW, July 8, 2024 (Wire) - His last visit to Russia was in 2019, when Prime Minister Narendra Modi attended a forum in Vladivostok.",
      ),
    );
    expect(found).toContain("visit 2019-09-04");
  });
});
