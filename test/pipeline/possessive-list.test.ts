// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";
import { knownToReference } from "./reference-guard";

// A possessive country ("Norway's") before a list of titled officials joined by "and" covers
// every official in that list, not only the first. None of these people is in the reference data.
const text = `Defence chiefs meet in Oslo

Oslo, May 6 (Reuters) - Chilean Navy chief Admiral Rodrigo Vargas arrived in Oslo on Wednesday.

Vargas held talks with Norway's Chief of Defence General Halvard Moen and Deputy Minister of Defence Ingrid Solberg on coastal patrols.

Later, Admiral Vargas met New Zealand's Chief of Navy Rear Admiral Tane Walker and Defence Minister Laila Hopa, and Swedish Navy chief Admiral Erik Lind.
`;

const { dataset } = buildDataset([{ file: "oslo.txt", text }], undefined, {
  today: "2026-11-22",
});
const countryOf = (name: string) => dataset.entities.find((e) => e.name === name)?.country;

describe("a possessive country shared by a list of officials", () => {
  it("is about people the reference data does not list", () => {
    const names = ["Rodrigo Vargas", "Halvard Moen", "Ingrid Solberg", "Tane Walker"];
    names.push("Laila Hopa", "Erik Lind");
    expect(knownToReference(names)).toEqual([]);
  });

  it.each([
    ["Halvard Moen", "Norway"],
    ["Ingrid Solberg", "Norway"],
    ["Rodrigo Vargas", "Chile"],
    ["Tane Walker", "New Zealand"],
    ["Laila Hopa", "New Zealand"],
    ["Erik Lind", "Sweden"],
  ])("%s: %s", (name, country) => {
    expect(countryOf(name)).toBe(country);
  });
});
