// @vitest-environment node
// "Their last meeting was in December 2021", "since they announced the declaration last month",
// "after they met on the sidelines of the summit in November 2019": a pronoun that ties an
// occasion to the two people just named stands for them, even in a recall of years before
// (where "the two countries signed" names whoever led them then: recalled-two-sides.test.ts).
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

const told = (second: string) => {
  const text = `Ministers meet in Lisbon\n\nLISBON, March 12, 2025 (Wire) - Portuguese Defence Minister Nuno Duarte met Spanish Defence Minister Carla Vidal in Lisbon on Wednesday.\n\n${second}\n`;
  const { dataset } = buildDataset([{ file: "a.txt", text }], undefined, { today: "2026-11-22" });
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  return dataset.events.map(
    (e) => `${e.start} [${e.participants.map((p) => names.get(p)).join(", ")}]`,
  );
};

describe("a pronoun tying an occasion to the two people just named", () => {
  it("stands for them in a recall of years before ('their last meeting')", () => {
    expect(told("Their last meeting in Madrid was in December 2021.")).toContain(
      "2021-12 [Carla Vidal, Nuno Duarte]",
    );
  });

  it("stands for them after 'since' or 'after' ('since they signed')", () => {
    expect(told("Much has changed since they signed a defence pact in January.")).toContain(
      "2025-01 [Carla Vidal, Nuno Duarte]",
    );
  });

  it("stands for 'both the leaders' too", () => {
    expect(
      told(
        "It was the first meeting between both the ministers after they met on the sidelines of a NATO summit in November 2022.",
      ),
    ).toContain("2022-11 [Carla Vidal, Nuno Duarte]");
  });
});
