// @vitest-environment node
// "He also held talks with ...": "also" continues the day of the event just told, which is
// not always the day the story opened with; a sentence that tells no event ("In a release on
// Tuesday, ...") gives no such day. (Written sentences; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { eventsIn, readArticleOf } from "../stage-inputs";

const dated = (paragraphs: string[], published = "2024-05-10") =>
  eventsIn(readArticleOf(paragraphs, { published }))
    .map((e) => [e.type, e.date?.start ?? null, e.participants.length])
    .sort();

describe("an event told with 'also'", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Ama Okafor", "Tomas Lund", "Ivo Brandt"]);

  it("takes the day of the event just told, not the lead's first day", () => {
    const found = dated([
      "Defence Minister Ama Okafor is on an official visit to Oslo from May 7 to 9, 2024.",
      "On May 8, Okafor called on Prime Minister Ivo Brandt. She also held talks with Defence Minister Tomas Lund.",
    ]);
    expect(found).toContainEqual(["talks", "2024-05-08", 2]);
    expect(found).not.toContainEqual(["talks", "2024-05-07", 2]);
  });

  it("keeps the lead's day when the sentence before it told no event", () => {
    const found = dated([
      "Defence Minister Ama Okafor held talks with Defence Minister Tomas Lund in Oslo on Thursday.",
      "In a statement on Tuesday, the ministry had criticised the delay.",
      "Okafor also met Prime Minister Ivo Brandt.",
    ]);
    expect(found).toContainEqual(["talks", "2024-05-09", 2]);
    expect(found.filter((e) => e[1] === "2024-05-07")).toEqual([]);
  });
});

describe("what a visitor did next, told with a pronoun", () => {
  const spans = (paragraphs: string[]) =>
    eventsIn(readArticleOf(paragraphs, { published: "2024-12-20" })).map((e) => [
      e.type,
      e.date?.start ?? null,
      e.date?.end ?? null,
      e.participants.length,
    ]);

  it("happened during the visit just told (a later visit than the lead's)", () => {
    const found = spans([
      "Defence Minister Ama Okafor visited Kenya on January 14.",
      "Okafor visited Norway from March 6-9.",
      "She held talks with Defence Minister Tomas Lund in Oslo.",
    ]);
    expect(found).toContainEqual(["talks", "2024-03-06", "2024-03-09", 2]);
  });

  it("on the visit's day when the visit was one day", () => {
    const found = spans([
      "Defence Minister Ama Okafor visited Kenya on January 14.",
      "Okafor visited Oslo on March 6.",
      "She met Prime Minister Ivo Brandt.",
    ]);
    expect(found).toContainEqual(["talks", "2024-03-06", null, 2]);
  });

  it("gets no date from the visit just told when it is still ahead", () => {
    const found = spans([
      "Defence Minister Ama Okafor visited Kenya on January 14.",
      "Okafor visited Norway from March 6-9.",
      "She will hold talks with Defence Minister Tomas Lund in Oslo next year.",
    ]);
    expect(found.filter((e) => e[0] === "talks" && e[1] === "2024-03-06")).toEqual([]);
  });
});
