// @vitest-environment node
// A gathering told in the passive, with a subject no other rule reads ("the G20, which will be
// held in September", "the festival, held on July 8-13"), is an event on the day told for it
// (rules/en/event-triggers.json occasion.was-held), titled by the words that name it
// (events/held-gathering.ts). A meeting the text says was put off, and a gathering another
// trigger names already, give no event of "held".
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { wireStory } from "../stage-inputs";

const built = (...paragraphs: string[]) =>
  buildDataset(
    [{ file: "h.txt", text: wireStory("Ministry news", paragraphs.join("\n\n")) }],
    undefined,
    {
      today: "2026-11-22",
    },
  ).dataset.events.map((e) => ({ type: e.type, start: e.start, title: e.title }));

describe("a gathering told in the passive", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Ellen Marsh"]);

  it("is an event titled by its own name after a comma", () => {
    expect(
      built(
        "Artists will show their films at the Blue Reel Film Festival, held on July 8-13, 2024.",
      ),
    ).toEqual([{ type: "other", start: "2024-07-08", title: "Blue Reel Film Festival" }]);
  });

  it("takes its subject across an aside between commas", () => {
    expect(
      built(
        "The first Nordic 2+2, with the foreign and defence ministers of both countries taking part, will be held in Valletta on 6 June.",
      ),
    ).toEqual([{ type: "other", start: "2024-06-06", title: "First Nordic 2+2" }]);
  });

  it("keeps what the ceremony was for", () => {
    expect(
      built(
        "THE ceremony for cash and kind donations from the ministry was held in Valletta yesterday.",
      ),
    ).toEqual([
      {
        type: "other",
        start: "2024-05-07",
        title: "Ceremony for cash and kind donations",
      },
    ]);
  });

  it("gives no event for a meeting put off, nor for one held in custody", () => {
    expect(
      built(
        "The two states have postponed a meeting of their ministers that was planned to be held in Valletta on Friday.",
        "The suspect was held in custody on Monday.",
      ),
    ).toEqual([]);
  });

  it("leaves a gathering another trigger names to that trigger", () => {
    const events = built(
      "The envoy's visit comes soon after the foreign minister Ellen Marsh visit to Malta last week and ahead of the 2+2 dialogues set to be held between Malta and Italy on June 11.",
    );
    expect(events).toContainEqual({
      type: "talks",
      start: "2024-06-11",
      title: "Ellen Marsh holds talks",
    });
  });
});
