// @vitest-environment node
// A standfirst that repeats the lead ("Malta and Cyprus signed a defence agreement on Tuesday")
// tells one signing twice; the signers named next ("Minister A signed the agreement with
// Minister B") are that signing's people, not an undated signing lost beside it. Signings on
// two days stay two, and the signers of the next sentence join neither.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

const signings = (file: string, text: string) => {
  const { dataset } = buildDataset([{ file, text }], undefined, { today: "2026-11-22" });
  const name = new Map(dataset.entities.map((e) => [e.id, e.name]));
  return dataset.events
    .filter((e) => e.type === "agreement")
    .map((e) => ({ start: e.start, people: e.participants.map((p) => name.get(p)).sort() }));
};

// Page furniture above the headline: the headline and standfirst are read as sentences.
const furniture =
  "Stay up to date with notifications from The Valletta Post\n\nNotifications can be managed in browser preferences.\n\n";

const signers =
  "Maltese Defence Minister Joe Camilleri signed the Defence Cooperation Agreement with Cypriot Defence Minister Andreas Georgiou in Valletta.";

describe("a signing told in the standfirst and again in the lead", () => {
  it("is one signing, with the signers named after it", () => {
    const lead =
      "Malta and Cyprus signed a defence agreement on Wednesday that both sides called a milestone";
    const found = signings(
      "a.txt",
      `${furniture}Malta and Cyprus sign defence pact\n\n${lead}\n\nJohn Smith\nWednesday 8 May 2024 06:22 EDT\n\n${lead}.\n\n${signers}\n`,
    );
    expect(found).toEqual([{ start: "2024-05-08", people: ["Andreas Georgiou", "Joe Camilleri"] }]);
  });

  it("is not merged with a signing told on another day", () => {
    const found = signings(
      "b.txt",
      `Pacts\n\nValletta, May 8, 2024 (Wire) - Malta and Cyprus signed a defence agreement on Tuesday.\n\nMalta and Greece signed a trade agreement on Monday.\n\n${signers}\n`,
    );
    expect(found.filter((e) => e.start !== null).map((e) => e.people)).toEqual([[], []]);
  });
});
