// @vitest-environment node
// One sentence telling several events: "held discussion with A, B, as well as with C" is a
// meeting with each, by those named before it.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

const events = (...body: string[]) =>
  buildDataset(
    [
      {
        file: "a.txt",
        text: `Ministers meet\n\nMOSCOW, June 23, 2017 (Wire) - ${body.join("\n\n")}\n`,
      },
    ],
    undefined,
    { today: "2026-11-22" },
  ).dataset.events.map((e) => `${e.type} ${e.start} ${e.title}`);

describe("several events told in one sentence", () => {
  it("tells a meeting with each of those listed with 'as well as with'", () => {
    const found = events(
      "President Isaias Afwerki on 21 June held extensive discussion in New York with Foreign Minister Sergey Lavrov, Minister Andrew Mitchell, as well as with President Goodluck Jonathan of Nigeria.",
    );
    expect(found.filter((e) => e.startsWith("talks 2017-06-21")).sort()).toEqual([
      "talks 2017-06-21 Isaias Afwerki meets Andrew Mitchell",
      "talks 2017-06-21 Isaias Afwerki meets Goodluck Jonathan",
      "talks 2017-06-21 Isaias Afwerki meets Sergey Lavrov",
    ]);
  });

  it("leaves the list as one meeting when no one is named before it", () => {
    const found = events(
      "In Moscow, the delegation held discussions on 21 June with Foreign Minister Sergey Lavrov, as well as Minister Denis Manturov.",
    );
    expect(found.filter((e) => e.startsWith("talks"))).toHaveLength(1);
  });
});
