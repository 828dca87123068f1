// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";
import { knownToReference } from "./reference-guard";

// Names written with letters outside ASCII must be found whole, not cut at the first
// accented letter. None of these officials is in the reference data.
const file = "401_ankara_baku.txt";
const text = readFileSync(new URL(`../fixtures/unicode/${file}`, import.meta.url), "utf8");
const { dataset } = buildDataset([{ file, text }], undefined, { today: "2026-11-22" });
const people = dataset.entities.filter((e) => e.kind === "person");
const byName = (name: string) => people.find((p) => p.name === name);

describe("officials with non-ASCII names", () => {
  it("is about people the reference data does not list", () => {
    const names = ["Yaşar Güler", "Yasar Guler", "Zakir Həsənov", "Zakir Hasanov"];
    names.push("Władysław Kosiniak-Kamysz");
    expect(knownToReference(names)).toEqual([]);
  });

  it("finds each person whole, once, with the country the text gives", () => {
    expect(byName("Yaşar Güler")?.country).toMatch(/^(Turkey|Türkiye)$/);
    expect(byName("Zakir Həsənov")).toMatchObject({ country: "Azerbaijan" });
    expect(byName("Władysław Kosiniak-Kamysz")).toMatchObject({ country: "Poland" });
    expect(people.map((p) => p.name).sort()).toEqual(
      ["Władysław Kosiniak-Kamysz", "Yaşar Güler", "Zakir Həsənov"].sort(),
    );
  });

  it("dates their talks from the dateline and weekday, with both participants", () => {
    const talks = dataset.events.find((e) => e.start === "2024-03-14");
    expect(talks?.participants.sort()).toEqual(
      [byName("Yaşar Güler")?.id, byName("Zakir Həsənov")?.id].sort(),
    );
  });

  it("links surname-only mentions to the full names", () => {
    const article = dataset.articles[0];
    const guler = byName("Yaşar Güler");
    const mentions = article?.mentions.filter((m) => m.entityId === guler?.id) ?? [];
    expect(mentions.length).toBeGreaterThanOrEqual(3);
  });
});
