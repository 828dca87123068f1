// @vitest-environment node
// Two phrasings of events the triggers missed: ships that "reached the Omani port of X" arrived
// there (a port call, as "arrived in"), and "the May 4 sinking" of a ship is a dated milestone.
import { describe, expect, it } from "vitest";
import { storyEvents } from "../stage-inputs";

describe("reaching a port and a sinking", () => {
  it("reads ships reaching a port told with its article as a visit on that day", () => {
    const found = storyEvents(
      "a.txt",
      "Navies to hold drills",
      "The two navies will hold joint drills in the Arabian Sea this week, the ministry said.",
      "The Maltese frigates reached the Omani port of Salalah on Saturday, the ministry added.",
    );
    expect(found).toContainEqual({ type: "visit", start: "2024-05-04", people: [] });
  });

  it("dates the sinking of a ship told as a noun", () => {
    const found = storyEvents(
      "a.txt",
      "Drills announced",
      "The drills were ordered after the March 26 sinking of a Maltese patrol boat, officials said.",
    );
    expect(found).toContainEqual({ type: "other", start: "2024-03-26", people: [] });
  });
});
