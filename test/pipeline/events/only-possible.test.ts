// @vitest-environment node
// An event told only as possible is neither held nor planned: "the discussions could include
// the signing of new MoUs", "deliveries could start in 2015" (rules/en/event-cues.json,
// proposed-before.only-possible; rules/en/event-phrases.json, possibleAfter). The month May is
// no such word, and an event told as held or planned beside it still is one. A step joined
// to a possible visit by 'before' (event-phrases possibleThen) is as possible, and what was
// 'originally scheduled to be delivered' tells a first plan (proposed-before.originally-planned).
import { describe, expect, it } from "vitest";
import { builtEvents, wireStory } from "../stage-inputs";

const built = (body: string) => builtEvents("a.txt", wireStory("Ministers meet", body));

describe("events told only as possible", () => {
  it("reads no signing in what the talks could include", () => {
    expect(
      built(
        "Officials indicate that the discussions on Friday could include the signing of new memoranda of understanding on trade.",
      ).filter((e) => e.type === "agreement"),
    ).toEqual([]);
  });

  it("reads no delivery that could start", () => {
    expect(
      built(
        "Ostneft head Pavel Orlov said on Tuesday that deliveries could start in 2025 and that the contract could be prolonged.",
      ).filter((e) => e.type === "other"),
    ).toEqual([]);
  });

  it("reads no departure joined by 'before' to a possible visit", () => {
    expect(
      built(
        "President Ivan Petrov may visit the old port on Tuesday before leaving for Lisbon, where he may visit a film studio.",
      ),
    ).toEqual([]);
  });

  it("reads no delivery in its first schedule", () => {
    expect(
      built(
        "Originally scheduled to be delivered in 2019, the frigate missed its deadline time after time.",
      ).filter((e) => e.start === "2019"),
    ).toEqual([]);
  });

  it("still reads a signing told as held, and talks in May", () => {
    expect(built("The two ministers signed three agreements on Tuesday.")).toEqual([
      { type: "agreement", start: "2024-05-07", people: [] },
    ]);
    expect(
      built(
        "In May talks between Foreign Minister Lena Berg and her counterpart Omar Haddad were held in Rabat.",
      ),
    ).toEqual([{ type: "talks", start: "2024-05", people: ["Lena Berg", "Omar Haddad"] }]);
  });
});
