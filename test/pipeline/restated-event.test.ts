// @vitest-environment node
// A later paragraph that restates the lead's event without a date ("The pact, signed by A and
// B, ...") is that same event, not a second, undated one.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";

function eventsOf(text: string) {
  const { dataset } = buildDataset([{ file: "suva.txt", text }], undefined, {
    today: "2026-11-22",
  });
  return dataset.events.map((e) => ({
    type: e.type,
    start: e.start,
    participants: e.participants.length,
  }));
}

const lead = `Fiji and Chile sign fisheries pact

Suva, March 6, 2025 (Reuters) - Fijian Foreign Minister Semi Naiqama and Chilean Foreign Minister Julia Errazuriz signed a fisheries access agreement in Suva on Monday.`;

describe("an undated restatement of the lead's event", () => {
  it.each([
    "The pact, signed by Naiqama and Errazuriz, allows Chilean trawlers into Fijian waters.",
    "Naiqama and Errazuriz signed the agreement after two rounds of talks.",
  ])("joins the dated event: %s", (later) => {
    const found = eventsOf(`${lead}\n\n${later}\n`);
    expect(found.filter((e) => e.type === "agreement")).toEqual([
      { type: "agreement", start: "2025-03-03", participants: 2 },
    ]);
  });
});

const thinLead = `Fiji and Chile sign fisheries pact

Suva, March 6, 2025 (Reuters) - Fijian Foreign Minister Semi Naiqama signed a fisheries access agreement with Chile in Suva on Monday.`;

describe("a restatement that names one more signatory", () => {
  it.each([
    "The pact, signed by Naiqama and Chilean Foreign Minister Julia Errazuriz, allows Chilean trawlers into Fijian waters.",
    "Naiqama and Chilean Foreign Minister Julia Errazuriz signed the agreement after two rounds of talks.",
  ])("joins the dated event and adds the signatory: %s", (later) => {
    const found = eventsOf(`${thinLead}\n\n${later}\n`);
    expect(found.filter((e) => e.type === "agreement")).toEqual([
      { type: "agreement", start: "2025-03-03", participants: 2 },
    ]);
  });
});

describe("an undated signing of another document", () => {
  it("does not join the dated signing (and, undated in a dated story, is left out)", () => {
    const later =
      "Separately, Naiqama signed a maritime security deal with Samoan Foreign Minister Tavita Lemalu.";
    const found = eventsOf(`${thinLead}\n\n${later}\n`);
    expect(found.filter((e) => e.type === "agreement")).toEqual([
      { type: "agreement", start: "2025-03-03", participants: 1 },
    ]);
  });
});
