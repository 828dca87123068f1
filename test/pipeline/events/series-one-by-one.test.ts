// @vitest-environment node
// "X on Wednesday held a series of bilateral meetings", then one paragraph for each meeting:
// "In another meeting, ...", "X later met ...", "X and Y reviewed bilateral relations": each is
// one of the series' meetings, on its day. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents, wireStory } from "../stage-inputs";

const story = (body: string) => wireStory("Minister's meetings", body);
const met = ["Ines Okafor", "Pavel Drozd", "Tavita Lemalu"];
const lead =
  "Foreign Minister Odile Marchetti on Wednesday held a series of bilateral meetings with visiting counterparts in Valletta.";

function meetingsWith(found: ReturnType<typeof builtEvents>, name: string) {
  return found.filter((e) => e.people.includes(name) && e.people.includes("Odile Marchetti"));
}

describe("a series of meetings, told one by one", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", ...met]);

  it("dates 'another meeting' and 'later met' on the series' day", () => {
    const found = builtEvents(
      "a.txt",
      story(
        `${lead}\n\nIn another meeting, the minister held talks with Trade Minister Tavita Lemalu of Samoa.\n\nMarchetti later met a delegation led by Deputy Minister Pavel Drozd.`,
      ),
    );
    for (const name of ["Tavita Lemalu", "Pavel Drozd"])
      expect(meetingsWith(found, name).map((e) => e.start)).toEqual(["2024-05-08"]);
  });

  it("tells 'X and Y reviewed ...' opening a paragraph as their meeting", () => {
    const found = builtEvents(
      "b.txt",
      story(
        `${lead}\n\nMinister Marchetti and the Foreign Minister of Chile, Ines Okafor, reviewed bilateral relations.\n\nForeign Minister Pavel Drozd updated Minister Marchetti on the economy of Peru.`,
      ),
    );
    for (const name of ["Ines Okafor", "Pavel Drozd"])
      expect(meetingsWith(found, name).map((e) => e.start)).toEqual(["2024-05-08"]);
  });

  it("leaves the same sentences undated with no series before them", () => {
    const found = builtEvents(
      "c.txt",
      story(
        "Foreign Minister Odile Marchetti on Wednesday addressed parliament in Valletta.\n\nMinister Marchetti and the Foreign Minister of Chile, Ines Okafor, reviewed bilateral relations.\n\nMarchetti later met a delegation led by Deputy Minister Pavel Drozd.",
      ),
    );
    expect(found.filter((e) => e.start !== null && e.people.includes("Ines Okafor"))).toEqual([]);
    expect(found.filter((e) => e.start !== null && e.people.includes("Pavel Drozd"))).toEqual([]);
  });
});
