// @vitest-environment node
// A release's line that hands over to the story with a colon ("Spokesperson X provided the
// following readout:") opens the body and names who speaks: it is read as one with the lead,
// so the lead is still the first paragraph, and the spokesperson is found; so does a
// transcript's first speaker alone on a line in capitals ("MARISE PAYNE:"). A short label with
// a colon stays out. (Written pages; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { readArticle } from "../../../src/pipeline/read-article";
import { knownToReference } from "../reference-guard";
import { builtEvents } from "../stage-inputs";

const headline = "Readout of Minister Halvorsen's Meeting With Foreign Minister Quispe";
const lead =
  "Minister of Defence Ingrid Halvorsen met today with Foreign Minister Rosa Quispe in Oslo.";
const rest = "The two ministers discussed maritime security.";
const page = (intro: string) =>
  ` date 2024-03-05 Ministry of Defence\n${headline}\n\n${intro}\n\nMarch 5, 2024\n${lead}\n\n${rest}\n`;

describe("a release's introducing line", () => {
  const intros = [
    "Ministry Spokesperson Tove Aasland provided the following readout:",
    "The below is attributable to Spokesperson Tove Aasland:",
    "Press Secretary Tove Aasland issued the following statement:",
  ];

  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Tove Aasland", "Ingrid Halvorsen", "Rosa Quispe"])).toEqual([]);
  });

  it("opens the body together with the lead", () => {
    for (const intro of intros) {
      const a = readArticle({ file: "r.txt", text: page(intro) });
      expect(a.title).toBe(headline);
      expect(a.paragraphs).toEqual([`${intro} ${lead}`, rest]);
    }
  });

  it("keeps the lead's event and day, and names the spokesperson", () => {
    const page0 = page(intros[0] ?? "");
    expect(builtEvents("r.txt", page0)).toContainEqual(
      expect.objectContaining({ start: "2024-03-05", people: ["Ingrid Halvorsen", "Rosa Quispe"] }),
    );
    const { dataset } = buildDataset([{ file: "r.txt", text: page0 }], undefined, {
      today: "2026-11-22",
    });
    expect(dataset.entities.filter((e) => e.kind === "person").map((e) => e.name)).toContain(
      "Tove Aasland",
    );
  });

  it("leaves a short label with a colon out of the body", () => {
    const a = readArticle({ file: "r.txt", text: page("Press Operations:") });
    expect(a.paragraphs).toEqual([lead, rest]);
  });

  it("reads a transcript's first speaker, alone on a line in capitals, as the one speaking", () => {
    const text = ` date 2016-12-19 Release content\nTranscript: joint press conference\n\nINGRID HALVORSEN:\nCan I please acknowledge Foreign Minister Rosa Quispe and her team travelling with her here today, and thank the crew for hosting us.\n`;
    const a = readArticle({ file: "t.txt", text });
    expect(a.paragraphs[0]).toMatch(/^INGRID HALVORSEN: Can I please acknowledge/);
    const { dataset } = buildDataset([{ file: "t.txt", text }], undefined, { today: "2026-11-22" });
    expect(
      dataset.entities
        .filter((e) => e.kind === "person")
        .map((e) => e.name)
        .sort(),
    ).toEqual(["Ingrid Halvorsen", "Rosa Quispe"]);
  });
});
