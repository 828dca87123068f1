// @vitest-environment node
// "will visit Eastland at the weekend to attend the inauguration": the date closes the visit;
// the infinitive after it tells what the visit is for, a part of it told later, so the visit is
// the sentence's event even where the purpose's trigger stands nearer the date. A date after
// the purpose ("visiting Malta to attend the celebration on July 25") still dates the purpose.
// (Written sentences; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { eventsIn, readArticleOf } from "../stage-inputs";

const told = (sentence: string) =>
  eventsIn(readArticleOf([sentence], { published: "2023-06-02" })).map((e) => [
    e.type,
    e.date?.start ?? null,
    e.date?.end ?? null,
  ]);

describe("a date just before a purpose clause", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Arun Vale", "Tomas Lind"]);

  it("dates the visit it closes, over the weekend's two days", () => {
    const found = told(
      "Alliance chief Arun Vale will visit Eastland at the weekend to attend the inauguration of President Tomas Lind, the alliance said Friday.",
    );
    expect(found).toContainEqual(["visit", "2023-06-03", "2023-06-04"]);
    expect(found.filter(([type]) => type === "other")).toEqual([]);
  });

  it("dates the visit it closes on one day", () => {
    const found = told(
      "Alliance chief Arun Vale will visit Eastland on Saturday to attend the inauguration of President Tomas Lind.",
    );
    expect(found).toContainEqual(["visit", "2023-06-03", null]);
  });

  it("leaves a date after the purpose to the purpose", () => {
    const found = told(
      "Admiral Arun Vale will be visiting Eastland to attend the Navy Day celebration on June 25.",
    );
    expect(found).toContainEqual(["other", "2023-06-25", null]);
  });
});
