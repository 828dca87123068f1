// @vitest-environment node
// "A met B in Oslo, as the two countries prepare for a visit by C in May", "..., ahead of the
// summit in June": the phrase after the comma is about another occasion, and a date in it is
// that occasion's, not the meeting's. The meeting is told on its own.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { storyEvents } from "../stage-inputs";

describe("an occasion a meeting prepares for", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Lars Brekke", "Tomas Varga", "Ines Moreau"]);

  it("keeps the meeting apart from the visit the date belongs to", () => {
    const found = storyEvents(
      "a.txt",
      "Ministers meet",
      "Norwegian Foreign Minister Lars Brekke met with Hungarian Foreign Minister Tomas Varga in Oslo, as the two countries prepare for a planned visit by President Ines Moreau to Budapest in September.",
    );
    expect(found).toContainEqual({
      type: "talks",
      start: "2024-05-08",
      people: ["Lars Brekke", "Tomas Varga"],
    });
    expect(found).toContainEqual({ type: "visit", start: "2024-09", people: ["Ines Moreau"] });
  });
});
