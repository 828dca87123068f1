// @vitest-environment node
// "Speaking during a visit to the Devonport Naval Base, Defence Secretary X said:", "On the
// first day of a weeklong visit to South America, Panetta said ...", "During his visit, Mr X
// also took time to visit ..." (a real page each): a visit told as the frame of what its
// visitor said or did, with no visit told before, is the story's own occasion
// (events/context-date.ts, visitFrame).
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents } from "../stage-inputs";

// Published on Wednesday 8 May 2024, with no dateline.
const page = (...paragraphs: string[]) =>
  ["Defence news", "", "May 8, 2024", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n");

describe("a visit told as the frame of its visitor's doings", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Tomas Reyne", "Piet Ranta"]);

  it("with no day told in the story, is on the day published", () => {
    const events = builtEvents(
      "during-his-visit.txt",
      page(
        "Defence Secretary Tomas Reyne has reaffirmed the commitment of his country to its allies.",
        "During his visit, Mr Reyne also took time to visit the Maritime Research Laboratory in Valletta.",
      ),
    );
    expect(events).toEqual([{ type: "visit", start: "2024-05-08", people: ["Tomas Reyne"] }]);
  });

  it("after a lead that dates its visitor, is on the lead's day", () => {
    const events = builtEvents(
      "first-day.txt",
      page(
        "After a meeting on Monday with Libyan Defence Minister Piet Ranta, Defence Secretary Tomas Reyne promised continued support.",
        "Defence Secretary Tomas Reyne thanked the Libyan armed forces for their work.",
        "On the first day of a weeklong visit to North Africa, Reyne said it is right that Libya was his first stop.",
      ),
    );
    expect(events.map(({ start, people }) => ({ start, people }))).toEqual([
      { start: "2024-05-06", people: ["Piet Ranta", "Tomas Reyne"] },
      { start: "2024-05-06", people: ["Tomas Reyne"] },
    ]);
  });

  it("recalled, is not the story's occasion", () => {
    const events = builtEvents(
      "recalled.txt",
      page(
        "Defence Secretary Tomas Reyne has reaffirmed the commitment of his country to its allies.",
        "Speaking during an earlier visit to Tripoli, Defence Secretary Tomas Reyne said the two navies should train together.",
      ),
    );
    expect(events).toEqual([]);
  });
});
