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

describe("a headline that names who speaks", () => {
  const story =
    "Foreign Minister Rosa Quispe will pay a working visit to Oslo on September 10-12.\n\nThe two ministers will discuss maritime security and trade.\n";

  it("is the title and the first paragraph too", () => {
    const headline = "Briefing by Foreign Ministry Spokesperson Tove Aasland, September 10, 2015";
    const a = readArticle({ file: "b.txt", text: `${headline}\n\n${story}` });
    expect(a.title).toBe(headline);
    expect(a.paragraphs[0]).toBe(headline);
  });

  it("joins a bare kind of address with the speaker's line under it", () => {
    const a = readArticle({
      file: "c.txt",
      text: `Opening remarks\n\nby Secretary General Tove Aasland at the start of the meeting of ministers\n\n${story}`,
    });
    expect(a.title).toBe("Opening remarks");
    expect(a.paragraphs[0]).toBe(
      "Opening remarks by Secretary General Tove Aasland at the start of the meeting of ministers",
    );
  });

  it("keeps an ordinary headline out of the story", () => {
    const headline = "Statement on the attack by gunmen in the capital";
    const a = readArticle({ file: "d.txt", text: `${headline}\n\n${story}` });
    expect(a.paragraphs[0]).not.toBe(headline);
  });

  it("is the title and the opening of the body when it hands over with a colon", () => {
    const intro = "Ministry Spokesperson Tove Aasland provided the following readout:";
    const lead =
      "Minister of Defence Ingrid Halvorsen met today with Foreign Minister Rosa Quispe.";
    const a = readArticle({ file: "e.txt", text: ` date 2024-03-05 ${intro}\n${lead}\n` });
    expect(a.title).toBe(intro);
    expect(a.paragraphs[0]).toBe(`${intro} ${lead}`);
  });
});
