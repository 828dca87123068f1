// @vitest-environment node
// "The two navies conduct regular bilateral air, land and sea exercises", "they have had
// routine annual leadership talks": a habit, told with words of kind between 'regular' and
// the plural event word, is no one occasion (rules/en/event-phrases.json, habitBefore and
// habitPlurals), even where the story's day would date it. "Their regular talks" on a day
// name one sitting and stay.
import { describe, expect, it } from "vitest";
import { builtEvents, wireStory } from "../stage-inputs";

const built = (body: string) => builtEvents("a.txt", wireStory("Navies work together", body));

describe("habits told with words of kind", () => {
  it("reads no exercise in regular air, land and sea exercises", () => {
    expect(
      built(
        "Today, the Eastland and Westland navies conduct regular bilateral air, land and sea exercises.",
      ).filter((e) => e.type === "exercise"),
    ).toEqual([]);
  });

  it("reads no talks in routine annual leadership talks", () => {
    expect(
      built("Since 1998, the two capitals have had routine annual leadership talks.").filter(
        (e) => e.type === "talks",
      ),
    ).toEqual([]);
  });

  it("still reads their regular talks held on a day", () => {
    expect(
      built(
        "Foreign Minister Lena Berg and Omar Haddad held their regular talks in Rabat on Tuesday.",
      ).filter((e) => e.type === "talks"),
    ).toEqual([{ type: "talks", start: "2024-05-07", people: ["Lena Berg", "Omar Haddad"] }]);
  });
});
