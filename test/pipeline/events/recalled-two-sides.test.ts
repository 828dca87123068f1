// @vitest-environment node
// "the defence pact the two countries signed in 2009": "the two countries" of an event the
// story recalls from years before are whoever led them then, not the people the story has
// named; a signing "the two countries" did this week is still theirs.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

const agreements = (text: string) => {
  const { dataset } = buildDataset([{ file: "a.txt", text }], undefined, { today: "2026-11-22" });
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  return dataset.events
    .filter((e) => e.type === "agreement")
    .map((e) => `${e.start} [${e.participants.map((p) => names.get(p)).join(", ")}]`);
};

const story = (second: string) =>
  `Ministers meet in Lisbon\n\nLISBON, March 12, 2025 (Wire) - Portuguese Defence Minister Nuno Duarte met Spanish Defence Minister Carla Vidal in Lisbon on Wednesday.\n\n${second}\n`;

describe("the two sides of an event recalled from years before", () => {
  it("are not the story's people", () => {
    const found = agreements(
      story("They reviewed the defence pact the two countries signed in 2009 in Madrid."),
    );
    expect(found).toContain("2009 []");
  });

  it("are the story's people when the signing is the story's own", () => {
    const found = agreements(
      story("The two countries signed a training agreement on Wednesday after the talks."),
    );
    expect(found).toContain("2025-03-12 [Carla Vidal, Nuno Duarte]");
  });
});
