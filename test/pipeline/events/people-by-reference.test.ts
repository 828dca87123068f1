// @vitest-environment node
// An event whose people the sentence gives only by reference: "The three-day visit will start
// on 8 December" is the visit told just before (its visitor's, on the days now given).
// (Written sentences; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents } from "../stage-inputs";

const story = (...paragraphs: string[]) =>
  ` date 2026-11-20 Eastland minister to visit Westland\n\nPORT ELLIS - ${paragraphs.join("\n\n")}\n`;

describe("people given by reference", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Arun Vale"]);

  it("reads 'the three-day visit', dated, as the visit told before", () => {
    const found = builtEvents(
      "a.txt",
      story(
        "Eastland Defence Minister Arun Vale will visit Westland next month to commission a frigate, officials said.",
        "The three-day visit will start on 8 December, the news agency said.",
      ),
    );
    expect(found).toEqual([{ type: "visit", start: "2026-12-08", people: ["Arun Vale"] }]);
  });
});
