// @vitest-environment node
// "On July 24, X and Y met in London to review the agreements, which were signed in 2010": the
// year closes the relative clause's signing and dates it; the meeting keeps the day the
// sentence opens with, instead of both going to the year and the meeting being lost.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

const events = (file: string, text: string) =>
  buildDataset([{ file, text }], undefined, { today: "2026-11-22" }).dataset.events.map(
    (e) => `${e.type} ${e.start}`,
  );

const story = (...body: string[]) =>
  `Ministers meet\n\nPARIS, July 25, 2012 (Wire) - ${body.join("\n\n")}\n`;

describe("a date closing a relative clause", () => {
  it("dates the clause's own trigger, and the meeting before it keeps its day", () => {
    const found = events(
      "a.txt",
      story(
        "On July 24, 2012, French Defence Minister Jean-Yves Le Drian and British Defence Secretary Philip Hammond met in London to give a new impetus to the Lancaster House agreements, which were signed in 2010.",
      ),
    );
    expect(found).toContain("talks 2012-07-24");
    expect(found).toContain("agreement 2010");
  });
});
