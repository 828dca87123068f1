// @vitest-environment node
// An event whose people the sentence gives only by reference: "The three-day visit will start
// on 8 December" is the visit told just before (its visitor's, on the days now given), and a
// schedule's "On Saturday, the President will meet ..." is the story's President, though the
// story names him only further down. (Written sentences; the people are not in the reference
// data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents, participantsOf } from "../stage-inputs";

const story = (...paragraphs: string[]) =>
  ` date 2026-11-20 Eastland minister to visit Westland\n\nPORT ELLIS - ${paragraphs.join("\n\n")}\n`;

describe("people given by reference", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Arun Vale", "Odile Marchetti", "Tomas Brand"]);

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

  it("reads a bare office as the story's first holder of it, named later", () => {
    const found = participantsOf([
      "On Saturday, the President and the Vice President will meet with Congressional Leadership at the White House.",
      "On Monday, President Tomas Brand will address the annual conference of the farmers' union.",
      "On Friday, the President will meet with President Odile Marchetti of Westland.",
    ]);
    expect(found[0]).toEqual(["Tomas Brand"]);
  });

  it("does not read an office of somewhere else as a holder named later", () => {
    const found = participantsOf([
      "The session closed on Monday with talks, in the presence of the President of the Republic Mr. Tomas Brand.",
      "A word of thanks was given by Ms. Odile Marchetti, President of Westland.",
    ]);
    expect(found[0]).toEqual(["Tomas Brand"]);
  });
});
