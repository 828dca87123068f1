// @vitest-environment node
// rules/en/own-day.json tested on its own examples, and through the readers that use it: a
// story's "today (May 3, 2021)" dates it, and so does "yesterday (30 Nov)" a day later; a
// declaration's "WE, ..., gathered here in X on D" or first numbered point dates it too.
import { describe, expect, it } from "vitest";
import { bodyDay } from "../../../src/pipeline/read/body-day";
import { yearsNamed } from "../../../src/pipeline/read/text-years";
import { OWN_DAY, ownDayExamples } from "../../../src/pipeline/rules/own-day";

describe("rules/en/own-day.json", () => {
  it.each(ownDayExamples.ownDay)("finds the story's own day in '%s'", (line) => {
    expect(OWN_DAY.test(line)).toBe(true);
  });

  it.each(ownDayExamples.notOwnDay)("finds no own day in '%s'", (line) => {
    expect(OWN_DAY.test(line)).toBe(false);
  });

  it("dates a story by its own day written out in full", () => {
    expect(
      bodyDay(["The minister said today (May 3, 2021) that talks went well."], new Set()),
    ).toMatchObject({ iso: "2021-05-03" });
    expect(
      bodyDay(["The two sides met this afternoon, 14 August 2019, in the capital."], new Set()),
    ).toMatchObject({ iso: "2019-08-14" });
  });

  it.each(ownDayExamples.neighbourDay)(
    "dates a story by a bracketed date beside its own day or the next: '$text'",
    ({ text, published }) => {
      expect(bodyDay([text], yearsNamed(text))?.iso).toBe(published);
    },
  );

  it.each(ownDayExamples.noNeighbourDay)("takes no year the text does not settle: '%s'", (text) => {
    expect(bodyDay([text], yearsNamed(text))).toBeNull();
  });

  it.each(ownDayExamples.declarationDay)(
    "dates a declaration by the day its makers meet: '$text'",
    ({ text, published }) => {
      expect(bodyDay([text], yearsNamed(text))?.iso).toBe(published);
    },
  );

  it.each(ownDayExamples.noDeclarationDay)("dates no declaration by '%s'", (text) => {
    expect(bodyDay([text], yearsNamed(text))).toBeNull();
  });
});
