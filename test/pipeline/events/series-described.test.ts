// @vitest-environment node
// "It is a biennial exercise between the two navies", "The annual summit between the two
// leaders is the highest dialogue mechanism": what a series is, or how it has grown, is no
// occasion; it takes no day from the story and is no event of its own. (Written sentences;
// the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { eventsIn, readArticleOf } from "../stage-inputs";

const events = (paragraphs: string[], published: string | null = "2024-05-10") =>
  eventsIn(readArticleOf(paragraphs, { published })).map((e) => ({
    type: e.type,
    start: e.date?.start ?? null,
    quotes: e.sources.map((x) => x.quote),
  }));

describe("a sentence that describes an event series", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu", "Ivo Brandt"]);

  it("gives no event on the day published when it opens the story", () => {
    expect(
      events([
        "It is a biennial bilateral naval exercise between the Norland Navy and the Sudrian Navy.",
        "This exercise has matured over the years with growth in scope and complexity.",
      ]),
    ).toEqual([]);
  });

  it("does not add a day to the lead's people", () => {
    const found = events([
      "President Ivo Brandt arrived in Harbourtown on Monday for talks with Prime Minister Tavita Lemalu.",
      "The annual summit between the President of Norland and the Prime Minister of Sudria is the highest dialogue mechanism between the two states.",
    ]);
    expect(found.map((e) => e.start)).toEqual(["2024-05-06"]);
    expect(found.flatMap((e) => e.quotes).join(" ")).not.toContain("dialogue mechanism");
  });

  it("keeps an edition told as the occasion itself", () => {
    expect(
      events([
        "Fisheries Minister Odile Marchetti had a meeting with Fisheries Minister Tavita Lemalu.",
        "It is the 11th edition of the annual fisheries dialogue between the two ministers.",
      ]).map((e) => [e.type, e.start]),
    ).toContainEqual(["talks", "2024-05-10"]);
  });
});
