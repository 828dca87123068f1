// @vitest-environment node
// "Senator Johnston described talks with his Indonesian counterpart, Professor Purnomo
// Yusgiantoro, as ...": under a lead that tells the story's event and its day, talks of two
// named people told as done with no day of their own are one more meeting of that occasion.
// Talks ahead, a lead that reports only words, or two people already named together (their
// meeting told again, maybe on another day) leave them undated.
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { builtEvents, wireStory } from "../stage-inputs";

const story = (...body: string[]) => wireStory("Defence dialogue ends", body.join("\n\n"));
const lead =
  "Defence Minister Odile Marchetti on Wednesday ended two days of talks at the regional defence dialogue in Valletta.";
const filler = "The dialogue drew delegations from fourteen countries.";
const withDrozd = (found: ReturnType<typeof builtEvents>) =>
  found.filter((e) => e.people.includes("Pavel Drozd")).map((e) => `${e.type} ${e.start}`);

describe("talks told with no day under a dated lead", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Pavel Drozd"]);

  it("are on the lead's day", () => {
    const found = builtEvents(
      "a.txt",
      story(
        lead,
        filler,
        "Marchetti described talks with her counterpart, Defence Minister Pavel Drozd, as very friendly.",
      ),
    );
    expect(withDrozd(found)).toEqual(["talks 2024-05-08"]);
  });

  it("stay undated when they are ahead", () => {
    const found = builtEvents(
      "b.txt",
      story(lead, filler, "Marchetti will hold talks with Defence Minister Pavel Drozd."),
    );
    expect(withDrozd(found).filter((e) => !e.endsWith("null"))).toEqual([]);
  });

  it("stay undated under a lead that tells no event", () => {
    const found = builtEvents(
      "c.txt",
      story(
        "Defence Minister Odile Marchetti on Wednesday addressed parliament in Valletta.",
        filler,
        "Marchetti described talks with her counterpart, Defence Minister Pavel Drozd, as very friendly.",
      ),
    );
    expect(withDrozd(found).filter((e) => !e.endsWith("null"))).toEqual([]);
  });
});
