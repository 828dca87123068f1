// @vitest-environment node
// Talks between two sides, told by one story, and a summit of three countries or more, one
// named for a grouping of many countries ("the 16th BRICS Summit", or with no name of its own
// "the ASEAN Summit next year"), or one its own story tells
// talks were held beside, told by another: the talks were held beside the
// summit, not in it, and the two stay apart. (Another story's talks between the same two sides
// are still those talks.)
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";
import { mergeEvents } from "../../src/pipeline/merge-events";
import type { ResolvedDate } from "../../src/pipeline/types";
import { candidateEvent } from "./candidate-event";

const day = (text: string): ResolvedDate => ({
  text,
  index: 0,
  start: "2022-09-16",
  end: null,
  precision: "day",
  basis: "stated",
  future: false,
});

// Story a's summit of these leaders and story b's Modi–Putin talks, on the same day.
const summitAndTalks = (
  summitPeople: string[],
  namedKey: string | null = null,
  entities: string[] = [],
) =>
  mergeEvents([
    candidateEvent({
      articleId: "a",
      type: "summit",
      namedKey,
      entities,
      date: day("on Friday"),
      participants: summitPeople,
      sources: [{ articleId: "a", quote: "a", paragraph: 0 }],
    }),
    candidateEvent({
      articleId: "b",
      type: "talks",
      date: day("on September 16"),
      participants: ["person-narendra-modi", "person-vladimir-putin"],
      sources: [{ articleId: "b", quote: "b", paragraph: 0 }],
    }),
  ]);

describe("talks held beside a summit, told by two stories", () => {
  it("keeps two leaders' talks apart from a summit of leaders of four countries", () => {
    const merged = summitAndTalks([
      "person-narendra-modi",
      "person-vladimir-putin",
      "person-ebrahim-raisi",
      "person-recep-tayyip-erdogan",
    ]);
    expect(merged.map((e) => e.type).sort()).toEqual(["summit", "talks"]);
  });

  it("still folds talks into a summit of two countries", () => {
    const merged = summitAndTalks(["person-narendra-modi", "person-vladimir-putin"]);
    expect(merged).toHaveLength(1);
  });

  it("keeps two leaders' talks apart from a summit named for a grouping, whoever it names", () => {
    const merged = summitAndTalks(
      ["person-narendra-modi", "person-vladimir-putin"],
      "summit:16:brics",
    );
    expect(merged.map((e) => e.type).sort()).toEqual(["summit", "talks"]);
  });

  // "I mentioned to him about the ASEAN Summit next year" (Duterte) and another story's talks
  // of Duterte with Putin dated that year: the grouping's summit, not their talks.
  it("keeps two leaders' talks apart from an unnamed summit told as a grouping's", () => {
    const merged = summitAndTalks(["person-narendra-modi"], null, ["org-asean"]);
    expect(merged.map((e) => e.type).sort()).toEqual(["summit", "talks"]);
  });

  it("still folds talks into an unnamed summit naming a grouping and both countries", () => {
    const merged = summitAndTalks(["person-narendra-modi", "person-vladimir-putin"], null, [
      "org-brics",
      "country-india",
      "country-russia",
    ]);
    expect(merged).toHaveLength(1);
  });

  it("still folds talks into a named summit of two countries", () => {
    const merged = summitAndTalks(
      ["person-narendra-modi", "person-vladimir-putin"],
      "summit:21:country-india,country-russia",
    );
    expect(merged).toHaveLength(1);
  });

  it("joins another story's talks with the talks, not the summit they were held beside", () => {
    const { dataset } = buildDataset(
      [
        {
          file: "a.txt",
          text: "Premier returns from summit\n\nPort Ellis, May 8, 2024 (Wire) - Prime Minister Arun Vale left Port Ellis on Monday after attending the Eastern Cooperation Organisation summit and holding bilateral talks with Westland President Tomas Lind, Northland President Per Holm and Southland President Jon Berg.\n",
        },
        {
          file: "b.txt",
          text: "Leaders meet\n\nPort Ellis, May 7, 2024 (Wire) - Prime Minister Arun Vale held talks with Westland President Tomas Lind in Port Ellis on Monday.\n",
        },
      ],
      undefined,
      { today: "2026-11-22" },
    );
    const name = new Map(dataset.entities.map((e) => [e.id, e.name]));
    const told = dataset.events.map((e) => ({
      type: e.type,
      people: e.participants.map((p) => name.get(p) ?? p).sort(),
      stories: [...new Set(e.sources.map((s) => s.articleId))].sort(),
    }));
    expect(told).toContainEqual({ type: "summit", people: ["Arun Vale"], stories: ["a"] });
    expect(told).toContainEqual({
      type: "talks",
      people: ["Arun Vale", "Tomas Lind"],
      stories: ["a", "b"],
    });
  });
});
