// @vitest-environment node
// One sentence telling several events: "held discussion with A, B, as well as with C" is a
// meeting with each, by those named before it; so are "the Secretary's meetings this afternoon
// with A and B", the day or "namely" between the meetings and those met.
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

  it("tells a meeting with each of those met in 'meetings this afternoon with A and B'", () => {
    const found = events(
      "SENIOR STATE DEPARTMENT OFFICIAL: Here to brief you on the Secretary's meetings this afternoon with Foreign Minister Sergey Lavrov and with Foreign Minister Wang Yi.",
    );
    expect(found.filter((e) => e.startsWith("talks")).sort()).toEqual([
      "talks 2017-06-23 Sergey Lavrov holds talks",
      "talks 2017-06-23 Wang Yi holds talks",
    ]);
  });

  it("tells a meeting with each of those met in 'meetings namely with A and B'", () => {
    const found = events(
      "The minister is in Moscow today, attending high level meetings namely with Foreign Minister Sergey Lavrov and President Vladimir Putin.",
    );
    expect(found.filter((e) => e.startsWith("talks")).sort()).toEqual([
      "talks 2017-06-23 Sergey Lavrov holds talks in Moscow",
      "talks 2017-06-23 Vladimir Putin holds talks in Moscow",
    ]);
  });
});
