// @vitest-environment node
// Two statements of one story on one day, one of them naming no one, are one event only when
// neither names a country the other does not: "Turkey signed agreements with Saudi Arabia",
// then "memorandums were also signed between Ankara and Abu Dhabi", are two signings; a
// meeting of two leaders and the regional summit held that day where they met are two events.
// A signing told again with its place in one of its own countries is still one.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";

function events(text: string): string[] {
  const { dataset } = buildDataset([{ file: "a.txt", text }], undefined, { today: "2026-11-22" });
  return dataset.events.map((e) => `${e.type} ${e.start}`).sort();
}

describe("one story's statements of one day in different countries", () => {
  it("keeps signings with two different countries apart", () => {
    const found = events(
      "Leader hails Gulf deals\n\nANKARA, July 27, 2023 (Wire) - Turkey signed bilateral agreements with Saudi Arabia on energy on Thursday. Strategic memorandums of understanding were also signed between Ankara and Abu Dhabi on Thursday.\n",
    );
    expect(found.filter((e) => e === "agreement 2023-07-27")).toHaveLength(2);
  });

  it("still joins a signing told again at a place of its own countries", () => {
    const found = events(
      "Pact signed\n\nNEW DELHI, July 27, 2023 (Wire) - India and Russia signed a defence pact on Thursday. The pact was signed in New Delhi on Thursday.\n",
    );
    expect(found.filter((e) => e === "agreement 2023-07-27")).toHaveLength(1);
  });
});
