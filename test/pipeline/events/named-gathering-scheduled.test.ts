// @vitest-environment node
// A named forum, conference or committee round told with its own date ("the 10th Round of the
// Joint Security Committee will be held in Valletta in June 2024", "the Mediterranean Leaders
// Conference, which will take place from 5-7 June 2024") is a gathering a reader would list,
// though the sentence names no official. Without a date of its own it stays background.
// (Written sentences.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents, wireStory } from "../stage-inputs";

const MET =
  "Foreign Minister Odile Marchetti met her Tunisian counterpart Karim Haddad on Tuesday.";
const story = (second: string) => wireStory("Ministers meet", `${MET}\n\n${second}`);
const starts = (found: ReturnType<typeof builtEvents>) => found.map((e) => e.start).sort();

describe("a named gathering told with its date", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Karim Haddad"]);

  it.each([
    [
      "lists a committee round that will be held",
      "a.txt",
      "It was also agreed that the 10th Round of the Joint Security Committee of the two ministries will be held in Valletta in June 2024.",
      "2024-06",
    ],
    [
      "lists a conference that will take place",
      "b.txt",
      "The talks were held ahead of the Mediterranean Leaders Conference, which will take place from 5-7 June 2024.",
      "2024-06-05",
    ],
  ])("%s", (_title, file, second, gatheringStart) => {
    expect(starts(builtEvents(file, story(second)))).toEqual(["2024-05-07", gatheringStart]);
  });

  it("adds nothing for a forum named without a date", () => {
    const found = builtEvents(
      "c.txt",
      story("The two ministers praised the Valletta Forum for Peace, which will be held again."),
    );
    expect(starts(found)).toEqual(["2024-05-07"]);
  });
});
