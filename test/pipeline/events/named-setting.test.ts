// @vitest-environment node
// "During the 2+2 dialogue, Singh said ...", told after "Modi and Putin will hold a meeting as
// part of the 21st India-Russia Annual Summit" (a real page): a sentence set at a meeting it
// names by a word of its own joins the speaker to the meeting told with that word, not to the
// last meeting told (events/occasion-speaker.ts).
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents } from "../stage-inputs";

const text = (setting: string) =>
  [
    "Ministers meet",
    "",
    "Valletta, May 8, 2024 (Wire) - Foreign Minister Tomas Reyne and Foreign Minister Idris Mabeko held the first 2+2 dialogue in Valletta on Tuesday.",
    "",
    "Later in the day, Prime Minister Clara Voss and President Jonas Tael held a meeting as part of the 9th Annual Malta-Tunisia Summit.",
    "",
    `${setting}, Defence Minister Piet Ranta said that defence ties had grown.`,
    "",
  ].join("\n");

describe("a setting naming its meeting", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Tomas Reyne",
    "Idris Mabeko",
    "Clara Voss",
    "Jonas Tael",
    "Piet Ranta",
  ]);

  it("joins the speaker to the meeting told with its word", () => {
    const events = builtEvents("setting.txt", text("During the 2+2 dialogue"));
    const withRanta = events.filter((e) => e.people.includes("Piet Ranta"));
    expect(withRanta.map((e) => e.people)).toEqual([["Idris Mabeko", "Piet Ranta", "Tomas Reyne"]]);
  });

  it("with no word of its own, still joins the last meeting told", () => {
    const events = builtEvents("setting.txt", text("During the meeting"));
    const withRanta = events.filter((e) => e.people.includes("Piet Ranta"));
    expect(withRanta.map((e) => e.people)).toEqual([["Clara Voss", "Jonas Tael", "Piet Ranta"]]);
  });
});
