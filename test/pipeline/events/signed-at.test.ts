// @vitest-environment node
// A signing told as part of an occasion the story has told ("After the talks, ... signed",
// "At the Annual Summit, ..., signing 16 agreements") is an event of its own, on the
// occasion's date and by its parties; a signing still planned is not. (Written sentences.)
import { describe, expect, it } from "vitest";
import { knownToReference } from "../reference-guard";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { builtEvents } from "../stage-inputs";

const story = (...body: string[]) =>
  `Leaders meet\n\nValletta, May 8, 2024 (Wire) - ${body.join("\n\n")}\n`;
const PEOPLE = ["Odile Marchetti", "Tavita Lemalu"];
const kinds = (found: ReturnType<typeof builtEvents>) =>
  found.map((e) => [e.type, e.start, e.people.join(" & ")]).sort();

describe("a signing at an occasion already told", () => {
  it("is about people the reference data does not list", () => {
    expect(knownToReference(PEOPLE)).toEqual([]);
  });

  it("is its own event, dated and peopled by the talks it followed", () => {
    const found = builtEvents(
      "a.txt",
      story(
        "Prime Minister Odile Marchetti met President Tavita Lemalu in Valletta on Wednesday.",
        "After the talks, the two leaders signed three agreements on fisheries and ports.",
      ),
    );
    expect(kinds(found)).toEqual([
      ["agreement", "2024-05-08", "Odile Marchetti & Tavita Lemalu"],
      ["talks", "2024-05-08", "Odile Marchetti & Tavita Lemalu"],
    ]);
  });

  it("says its day comes from the occasion, not from its own words", () => {
    const { dataset } = buildDataset(
      [
        {
          file: "c.txt",
          text: story(
            "Prime Minister Odile Marchetti met President Tavita Lemalu in Valletta on Wednesday.",
            "After the talks, the two leaders signed three agreements on fisheries and ports.",
          ),
        },
      ],
      undefined,
      { today: "2026-11-22" },
    );
    expect(dataset.events.map((e) => [e.type, e.dateBasis]).sort()).toEqual([
      ["agreement", "context"],
      ["talks", "weekday-inferred"],
    ]);
  });

  it("is its own event when the documents are signed in the passive, signers unnamed", () => {
    const found = builtEvents(
      "b.txt",
      story(
        "Prime Minister Odile Marchetti met President Tavita Lemalu in Valletta on Wednesday.",
        "After the talks, two memoranda of understanding were signed between the two governments.",
      ),
    );
    expect(kinds(found)).toEqual([
      ["agreement", "2024-05-08", "Odile Marchetti & Tavita Lemalu"],
      ["talks", "2024-05-08", "Odile Marchetti & Tavita Lemalu"],
    ]);
  });

  it("is no event while it is only planned", () => {
    const found = builtEvents(
      "c.txt",
      story(
        "Prime Minister Odile Marchetti met President Tavita Lemalu in Valletta on Wednesday.",
        "A joint statement on fisheries is planned to be signed following the talks, officials said.",
      ),
    );
    expect(found.map((e) => e.type)).toEqual(["talks"]);
  });

  it("is its own event beside a named summit told again ('..., signing 16 agreements')", () => {
    const found = builtEvents(
      "d.txt",
      story(
        "Prime Minister Odile Marchetti and President Tavita Lemalu held the 5th Malta-Samoa Annual Summit in Valletta on Wednesday.",
        "At the 5th Malta-Samoa Annual Summit, Marchetti and Lemalu renewed their ties, signing 16 agreements and making key announcements.",
      ),
    );
    expect(kinds(found)).toEqual([
      ["agreement", "2024-05-08", "Odile Marchetti & Tavita Lemalu"],
      ["summit", "2024-05-08", "Odile Marchetti & Tavita Lemalu"],
    ]);
  });
});
