// @vitest-environment node
// "Schedule for the week of June 10, 2024", then "On Friday, the Chancellor will meet ...": the
// weekdays told under a named week are that week's, not the next ones after publication.
// (Written sentences; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { eventsIn, readArticleOf } from "../stage-inputs";

// Published on Thursday, June 6, 2024: the week named is the one after.
const dated = (paragraphs: string[]) =>
  eventsIn(readArticleOf(paragraphs, { published: "2024-06-06" }))
    .map((e) => [e.type, e.date?.start ?? null, e.participants.length])
    .sort();

describe("weekdays under a named week", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Ama Okafor", "Tomas Lund", "Ivo Brandt"]);

  it("fall in the week the text names", () => {
    const found = dated([
      "Chancellor Ama Okafor has no public events scheduled this weekend.",
      "Schedule for the week of June 10, 2024",
      "On Friday, Chancellor Ama Okafor will meet Prime Minister Tomas Lund of Norway at the chancellery.",
    ]);
    expect(found).toContainEqual(["talks", "2024-06-14", 2]);
    expect(found).not.toContainEqual(["talks", "2024-06-07", 2]);
  });

  it("end where the text writes a day of its own, and leave 'next Friday' to publication", () => {
    const found = dated([
      "Schedule for the week of June 10, 2024",
      "On Thursday, Chancellor Ama Okafor will visit Oslo.",
      "On July 1, Okafor will visit Vienna.",
      "On Friday, Chancellor Ama Okafor will meet Prime Minister Tomas Lund of Norway.",
      "Next Tuesday, Okafor will meet President Ivo Brandt of Austria.",
    ]);
    expect(found).toContainEqual(["visit", "2024-06-13", 1]);
    expect(found).toContainEqual(["visit", "2024-07-01", 1]);
    expect(found).toContainEqual(["talks", "2024-06-07", 2]);
    expect(found).toContainEqual(["talks", "2024-06-11", 2]);
  });

  it("are not framed by a week named in a sentence of prose", () => {
    const found = dated([
      "Talks first planned for the week of June 10, 2024 were put off.",
      "On Friday, Chancellor Ama Okafor will meet Prime Minister Tomas Lund of Norway.",
    ]);
    expect(found).toContainEqual(["talks", "2024-06-07", 2]);
  });
});
