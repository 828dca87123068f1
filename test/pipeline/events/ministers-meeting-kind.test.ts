// @vitest-environment node
// "A meeting of defence ministers from ASEAN opened Monday", "a meeting of the foreign
// ministers of the three countries": ministers meeting as a body, lower-case or not. "The
// meeting of the two defence ministers" is two ministers' talks.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

const types = (file: string, text: string) =>
  buildDataset([{ file, text }], undefined, { today: "2026-11-22" }).dataset.events.map(
    (e) => `${e.type} ${e.start}`,
  );

const story = (...body: string[]) =>
  `Ministers meet\n\nHANOI, October 12, 2010 (Wire) - ${body.join("\n\n")}\n`;

describe("a meeting of ministers", () => {
  it("is a ministers' meeting", () => {
    expect(
      types(
        "a.txt",
        story(
          "A meeting of defence ministers from the Association of South-East Asian Nations opened on October 11 in Hanoi.",
        ),
      ),
    ).toContain("ministerial-meeting 2010-10-11");
  });

  it("of two ministers is talks", () => {
    expect(
      types(
        "b.txt",
        story(
          "The meeting of the two defence ministers, Robert Gates and Liang Guanglie, took place on October 11 in Hanoi.",
        ),
      ),
    ).toContain("talks 2010-10-11");
  });
});
