// @vitest-environment node
// Institutions named after people are not people; an agency's acronym before "chief" is a
// title; a head of government named with a bare title in a story filed from his capital is
// that country's even when an Indian wire files it. None of these people is in the
// reference data.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";
import { knownToReference } from "./reference-guard";

const text = `Defence minister in Canberra

Canberra, Oct 10, 2024 (PTI) Defence Minister Rajnath Singh arrived in Canberra on Wednesday on a three-day visit to Australia.

On Friday, Singh is scheduled to call on Prime Minister Graham Whitlock, officials said.

The delegation includes BSF chief Nitin Sharma and DRDO Director General Meera Iyer.

Singh will visit the Admiral Makarov State University of Maritime Studies and the Hambantota Mahinda Perera Port later.
`;

describe("names, institutions and titles", () => {
  const { dataset } = buildDataset([{ file: "canberra.txt", text }], undefined, {
    today: "2026-11-22",
  });
  const people = dataset.entities.filter((e) => e.kind === "person");
  const person = (name: string) => people.find((p) => p.name === name);

  it("is about people the reference data does not list", () => {
    const names = ["Graham Whitlock", "Nitin Sharma", "Meera Iyer", "Mahinda Perera"];
    expect(knownToReference(names)).toEqual([]);
  });

  it("reads no person into a university or a port named after one", () => {
    expect(people.map((p) => p.name).sort()).toEqual(
      ["Graham Whitlock", "Meera Iyer", "Nitin Sharma", "Rajnath Singh"].sort(),
    );
  });

  it("takes an acronym before 'chief' or 'Director General' as a title", () => {
    expect(person("Nitin Sharma")?.role).toBe("BSF chief");
    expect(person("Meera Iyer")?.role).toBe("DRDO Director General");
  });

  it("gives a bare-titled prime minister the country the story is filed from", () => {
    expect(person("Graham Whitlock")?.country).toBe("Australia");
  });
});
