// @vitest-environment node
// A signing told as part of an occasion the story has told ("After the talks, ... signed",
// "At the Annual Summit, ..., signing 16 agreements") is an event of its own, on the
// occasion's date and by its parties; a signing still planned is not. (Written sentences.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { storyEvents, wireStory } from "../stage-inputs";

const HEADLINE = "Leaders meet";
const PEOPLE = ["Odile Marchetti", "Tavita Lemalu"];
const BOTH = "Odile Marchetti & Tavita Lemalu";
const TALKS =
  "Prime Minister Odile Marchetti met President Tavita Lemalu in Valletta on Wednesday.";
const SIGNED_AFTER_TALKS =
  "After the talks, the two leaders signed three agreements on fisheries and ports.";

describe("a signing at an occasion already told", () => {
  itIsAboutPeopleTheReferenceDoesNotList(PEOPLE);

  it.each([
    [
      "is its own event, dated and peopled by the talks it followed",
      "a.txt",
      [TALKS, SIGNED_AFTER_TALKS],
      "talks",
    ],
    [
      "is its own event when the documents are signed in the passive, signers unnamed",
      "b.txt",
      [
        TALKS,
        "After the talks, two memoranda of understanding were signed between the two governments.",
      ],
      "talks",
    ],
    [
      "is its own event beside a named summit told again ('..., signing 16 agreements')",
      "d.txt",
      [
        "Prime Minister Odile Marchetti and President Tavita Lemalu held the 5th Malta-Samoa Annual Summit in Valletta on Wednesday.",
        "At the 5th Malta-Samoa Annual Summit, Marchetti and Lemalu renewed their ties, signing 16 agreements and making key announcements.",
      ],
      "summit",
    ],
  ])("%s", (_title, file, paragraphs, occasion) => {
    const kinds = storyEvents(file, HEADLINE, ...paragraphs)
      .map((e) => [e.type, e.start, e.people.join(" & ")])
      .sort();
    expect(kinds).toEqual([
      ["agreement", "2024-05-08", BOTH],
      [occasion, "2024-05-08", BOTH],
    ]);
  });

  it("says its day comes from the occasion, not from its own words", () => {
    const text = wireStory(HEADLINE, `${TALKS}\n\n${SIGNED_AFTER_TALKS}`);
    const { dataset } = buildDataset([{ file: "c.txt", text }], undefined, { today: "2026-11-22" });
    expect(dataset.events.map((e) => [e.type, e.dateBasis]).sort()).toEqual([
      ["agreement", "context"],
      ["talks", "weekday-inferred"],
    ]);
  });

  it("is no event while it is only planned", () => {
    const found = storyEvents(
      "c.txt",
      HEADLINE,
      TALKS,
      "A joint statement on fisheries is planned to be signed following the talks, officials said.",
    );
    expect(found.map((e) => e.type)).toEqual(["talks"]);
  });
});
