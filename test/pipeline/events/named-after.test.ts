// @vitest-environment node
// An event told with no one named, then a sentence opening on it ("The joint exercise ... was
// observed by X", "... an opening ceremony presided over by X and Y"): the same event, and
// those named take part in it. (Written sentences; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { participantsOf } from "../stage-inputs";

describe("an event whose people the next sentences name", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu"]);

  it.each([
    [
      "takes the observers of 'the joint exercise' as its people",
      [
        "Maltese and Samoan soldiers on Wednesday took part in a joint training exercise near Apia.",
        "The joint exercise, the first in a decade, was observed by Defence Minister Odile Marchetti and Samoan Prime Minister Tavita Lemalu.",
      ],
    ],
    [
      "takes those who presided over the opening as its people",
      [
        "The Governments of Malta and Samoa on Wednesday hold the first Malta-Samoa Binational Cabinet in Apia.",
        "The activity began with an opening ceremony presided over by Prime Minister Odile Marchetti and Samoan counterpart Tavita Lemalu.",
      ],
    ],
  ])("%s", (_title, paragraphs) => {
    expect(participantsOf(paragraphs)).toEqual([["Odile Marchetti", "Tavita Lemalu"]]);
  });

  it("keeps a later exercise of named people apart from an earlier one of no one", () => {
    const found = participantsOf([
      "Maltese and Samoan soldiers on Wednesday took part in a joint training exercise near Apia.",
      "Defence Minister Odile Marchetti will observe another exercise in Samoa on Friday.",
    ]);
    expect(found).toHaveLength(2);
  });
});
