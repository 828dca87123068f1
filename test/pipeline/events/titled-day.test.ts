// @vitest-environment node
// "Press Statement: Minister Marchetti at the General Assembly, 7 May 2024", on a page of
// 8 May: a release titled with a day reports that day's doings; what it tells with no day of
// its own happened then, not on the day the page went up. None of these people is in the
// reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { storyEvents } from "../stage-inputs";

const MET =
  "Foreign Minister Odile Marchetti, who is in New York for the General Assembly, met Foreign Minister Tavita Lemalu.";

describe("a release whose title names the day it reports", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu"]);

  it("dates what it tells with no day of its own on the title's day", () => {
    const found = storyEvents(
      "a.txt",
      "Press Statement: Minister Marchetti at the General Assembly, 7 May 2024",
      MET,
    );
    expect(found.map((e) => [e.type, e.start])).toEqual([["talks", "2024-05-07"]]);
  });

  it("keeps the page's day when the title's day is long before it", () => {
    const found = storyEvents(
      "b.txt",
      "Press Statement: Minister Marchetti at the General Assembly, 7 March 2024",
      MET,
    );
    expect(found.map((e) => [e.type, e.start])).toEqual([["talks", "2024-05-08"]]);
  });
});
