// @vitest-environment node
// The start of a process told as news in the present perfect ("has begun supplying the
// radars") happened by the day the story is published: it takes the publication month, as
// far as the text supports, marked as taken from the story's context. (Written sentences.)
import { describe, expect, it } from "vitest";
import { mergeEvents } from "../../../src/pipeline/merge-events";
import { eventsIn, readArticleOf } from "../stage-inputs";

const datesOf = (paragraphs: string[]) =>
  eventsIn(readArticleOf(paragraphs, { published: "2024-05-10" })).map((e) => ({
    start: e.date?.start ?? null,
    precision: e.date?.precision ?? null,
    basis: e.date?.basis ?? null,
  }));

describe("a start told in the present perfect", () => {
  it("takes the publication month", () => {
    for (const lead of [
      "Sweden has begun supplying the Giraffe radars to Chile, officials said.",
      "The shipyard has now started deliveries of the patrol corvettes to the Kenyan navy.",
      "Norway has started supplying the coastal missiles to Poland, the first battery of which will be deployed on the Baltic coast.",
    ])
      expect(datesOf([lead]), lead).toEqual([
        { start: "2024-05", precision: "month", basis: "context" },
      ]);
  });

  it("is no date for a plan or a start told later in the story", () => {
    expect(datesOf(["Sweden will say when it has begun supplying the radars to Chile."])).toEqual(
      [],
    );
    const later = ["Sweden and Chile are close partners.", "Trade grew.", "Ties deepened."];
    expect(datesOf([...later, "Sweden has begun supplying the radars to Chile."])).toEqual([]);
  });

  it("stays apart from a later delivery the same story plans", () => {
    const found = mergeEvents(
      eventsIn(
        readArticleOf(
          [
            "Sweden has begun supplying the Giraffe radars to Chile, officials said.",
            "The last of the radars will be delivered to Chile by the end of this year.",
          ],
          { published: "2024-05-10" },
        ),
      ),
    )
      .map((e) => [e.start, e.status])
      .sort();
    expect(found).toEqual([
      ["2024", "planned"],
      ["2024-05", "happened"],
    ]);
  });
});
