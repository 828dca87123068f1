// @vitest-environment node
// "met Foreign Minister X of Eastland that will assume the presidency in the first half of
// 2020": a date inside a relative clause with its own verb, modal or not, tells when that
// clause's action happens, not the meeting's. (Written sentences; the people are not in the
// reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { eventsIn, readArticleOf } from "../stage-inputs";

const told = (sentence: string) =>
  eventsIn(readArticleOf([sentence], { published: "2019-11-21" })).map((e) => [
    e.type,
    e.date?.start ?? null,
  ]);

describe("a date in a relative clause after the people met", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Arun Vale", "Tomas Lind"]);

  it("does not date the meeting with the clause's future", () => {
    const found = told(
      "On Wednesday, Foreign Minister Arun Vale also met with Foreign Minister Tomas Lind of Eastland that will assume the union's presidency in the first half of 2020.",
    );
    expect(found).toEqual([["talks", "2019-11-20"]]);
  });

  it("does not date it with the clause's past either", () => {
    const found = told(
      "On Wednesday, Foreign Minister Arun Vale also met with Foreign Minister Tomas Lind of Eastland that had held the union's presidency in 2017.",
    );
    expect(found).toEqual([["talks", "2019-11-20"]]);
  });
});
