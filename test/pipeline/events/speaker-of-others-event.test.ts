// @vitest-environment node
// "X, speaking after the talks, said he was confident that A and B will meet", "X said on Friday
// that Y will visit", "X, now a member of parliament, said Friday he hoped ... at next month's
// meeting": a speaker who tells what others will do takes no part in it; "X said he hoped to
// meet Y", "X, on a visit to Lima, said ..." still make X a participant.
import { describe, expect, it } from "vitest";
import { builtEvents } from "../stage-inputs";

const story = (...body: string[]) =>
  `Talks\n\nValletta, May 8, 2024 (Wire) - ${body.join("\n\n")}\n`;

const peopleOf = (text: string) => builtEvents("a.txt", story(text)).map((e) => e.people);

describe("a speaker who tells of others' event", () => {
  it("is no participant when the speech names those who act", () => {
    expect(
      peopleOf(
        "Foreign Minister Luis Ortega, speaking to reporters after the cabinet meeting, said he was confident that President Ana Ferreira and Chancellor Rosa Vidal will meet in Lima next month.",
      ),
    ).toEqual([["Ana Ferreira", "Rosa Vidal"]]);
    expect(
      peopleOf(
        "Foreign Minister Luis Ortega said on Friday that his Chilean counterpart Rosa Vidal will pay an official visit to Malta in June.",
      ),
    ).toEqual([["Rosa Vidal"]]);
  });

  it("still takes part in what the speech tells of the speaker", () => {
    expect(
      peopleOf("Foreign Minister Luis Ortega said on Friday he would meet Rosa Vidal in June."),
    ).toEqual([["Luis Ortega", "Rosa Vidal"]]);
    expect(
      peopleOf(
        "Foreign Minister Luis Ortega said Friday he hoped to meet Chancellor Rosa Vidal in June.",
      ),
    ).toEqual([["Luis Ortega", "Rosa Vidal"]]);
  });
});
