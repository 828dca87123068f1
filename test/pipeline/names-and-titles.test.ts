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

// Long and interrupted office phrases, appositions and ships. None of these people is in the
// reference data.
const offices = `Corridor talks in Vladivostok

Vladivostok, Sep 5, 2024 (Reuters) - Union Minister of Ports, Shipping and Waterways Kiran Patel met Russia's Minister for the Development of the Far East and Arctic, Pavel Zorin, on Thursday.

The contingent was seen off by the Indian Army's Deputy Chief of the Army Staff (Strategy) Lieutenant General Arjun Rana. The Egyptian delegation includes Ambassador of Egypt to India Mr Omar Samir Fahmy.

The visit also included a meeting with Ivan Belov, Deputy Secretary of Russia's Security Council. The Chinese delegation was led by Li Guowei, Beijing's special envoy for Afghan affairs. Vice Admiral Rosa Santos Jr, Flag Officer in Command of the Philippine Navy, said the sea lanes were vital.

The frigate Admiral Golovko and the anti-submarine ship Vice-Admiral Kulakov sailed past Admiral Oleg Petrov, the Commander-in-Chief of the Russian Navy. The president had been the Chief Guest at the parade. The proposal by General Electric was discussed with CIA Director Mark Hollis, Deputy Chief of Mission Pavel Osin and Guyanese President Rafael Baptiste.
`;

describe("long office phrases, appositions and ships", () => {
  const { dataset } = buildDataset([{ file: "offices.txt", text: offices }], undefined, {
    today: "2026-11-22",
  });
  const people = dataset.entities.filter((e) => e.kind === "person");

  it("is about people the reference data does not list", () => {
    const names = ["Kiran Patel", "Pavel Zorin", "Arjun Rana", "Omar Samir Fahmy", "Ivan Belov"];
    names.push("Li Guowei", "Oleg Petrov", "Rosa Santos Jr", "Mark Hollis", "Pavel Osin");
    names.push("Rafael Baptiste");
    expect(knownToReference(names)).toEqual([]);
  });

  it("finds each official once, with the country their office or apposition gives", () => {
    expect(people.map((p) => [p.name, p.country]).sort()).toEqual([
      ["Arjun Rana", "India"],
      ["Ivan Belov", "Russia"],
      ["Kiran Patel", "India"],
      ["Li Guowei", "China"],
      ["Mark Hollis", "United States"],
      ["Oleg Petrov", "Russia"],
      ["Omar Samir Fahmy", "Egypt"],
      ["Pavel Osin", null],
      ["Pavel Zorin", "Russia"],
      ["Rafael Baptiste", "Guyana"],
      ["Rosa Santos Jr", "Philippines"],
    ]);
  });
});

// Company heads with lower-case titles, a description before the name, a ship named after an
// admiral, and a Vietnamese given name that only looks like a Russian patronymic. None of
// these people is in the reference data.
const companies = `Nuclear and arms exporters report progress

Chennai, Oct 19, 2017 (Reuters) - NPCIL chairman and managing director Ravi Kant Jha said Unit 3 would be ready next year. Then Rosatom director general Pavel Orlov had visited the site in March 2015.

India will remain a key buyer, the head of Russia's state arms exporter Rosoboronexport, Igor Volkov, said on Thursday. The sides discussed the carrier Vikramaditya, formerly the Admiral Golovin.

Defence Minister Rajnath Singh held talks with his Vietnamese counterpart General Tran Quoc Bich on Friday. General Bich had visited India in 2018.
`;

describe("company heads, descriptions, ships and Vietnamese names", () => {
  const { dataset } = buildDataset([{ file: "companies.txt", text: companies }], undefined, {
    today: "2026-11-22",
  });
  const people = dataset.entities.filter((e) => e.kind === "person");

  it("is about people the reference data does not list", () => {
    const names = ["Ravi Kant Jha", "Pavel Orlov", "Igor Volkov", "Tran Quoc Bich"];
    expect(knownToReference(names)).toEqual([]);
  });

  it("finds each official once, with the country of the body they head", () => {
    expect(people.map((p) => [p.name, p.country]).sort()).toEqual([
      ["Igor Volkov", "Russia"],
      ["Pavel Orlov", "Russia"],
      ["Rajnath Singh", "India"],
      ["Ravi Kant Jha", "India"],
      ["Tran Quoc Bich", "Vietnam"],
    ]);
  });
});
