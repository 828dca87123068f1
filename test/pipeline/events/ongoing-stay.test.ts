// @vitest-environment node
// A stay told in the present tense ("X is on a three-day visit to Lima", "is currently on an
// official visit") is under way when the story is published: with no day of its own, it is
// dated to the publication's month, not left undated. A stay told ahead or in the past is not.
// (Written sentences; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { storyEvents } from "../stage-inputs";

const opening =
  "The naval drill, now in its eleventh edition, is a biennial exercise of the two navies.";

describe("a stay told in the present tense", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Tomas Varga"]);

  it.each([
    "Defence Minister Tomas Varga is on a three-day visit to Lima at the invitation of his counterpart.",
    "Defence Minister Tomas Varga is currently on a five-day official visit to Peru.",
    "Meanwhile, Defence Minister Tomas Varga is on a visit to Lima to discuss cooperation.",
  ])("is dated to the month of publication: %s", (sentence) => {
    expect(storyEvents("a.txt", "Navies drill", opening, sentence)).toContainEqual({
      type: "visit",
      start: "2024-05",
      people: ["Tomas Varga"],
    });
  });

  it.each([
    "Defence Minister Tomas Varga will be on a three-day visit to Lima.",
    "Defence Minister Tomas Varga was on a visit to Lima.",
  ])("is not when told ahead or in the past: %s", (sentence) => {
    expect(storyEvents("a.txt", "Navies drill", opening, sentence)).not.toContainEqual(
      expect.objectContaining({ start: "2024-05" }),
    );
  });
});
