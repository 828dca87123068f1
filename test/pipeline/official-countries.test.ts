// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";
import { knownToReference } from "./reference-guard";

// The country of an official comes from their own title phrase, even when that phrase sits in
// a list after another official, joins two offices with "and", carries a status word, or is
// stated by the side they lead. None of these people is in the reference data.
const text = `Navies agree to expand patrols

Jakarta, March 4 (Reuters) - Officials from several navies met in Jakarta on Tuesday.

US Secretary of the Navy John Harlow, Canadian Defence Minister Anne Leblanc and Chilean Navy chief Admiral Jorge Fuentes attended the opening session.

Polish Deputy Prime Minister and Defence Minister Marek Nowicki also addressed the meeting, as did Ghana's interim Defence Minister Kofi Mensah.

The Indonesian delegation at the talks, which end on Friday, is being led by Navy chief Admiral Budi Santoso, while the Malaysian side is headed by RMN chief Admiral Zulkifli Rahman.

The visiting Chief of the Hellenic Navy General Staff, Vice Admiral Nikos Petrou, held separate talks with Santoso.
`;

const { dataset } = buildDataset([{ file: "navies.txt", text }], undefined, {
  today: "2026-11-22",
});
const countryOf = (name: string) => dataset.entities.find((e) => e.name === name)?.country;

describe("an official's country from their own words", () => {
  it("is about people the reference data does not list", () => {
    const names = ["John Harlow", "Anne Leblanc", "Jorge Fuentes", "Marek Nowicki"];
    names.push("Kofi Mensah", "Budi Santoso", "Zulkifli Rahman", "Nikos Petrou");
    expect(knownToReference(names)).toEqual([]);
  });

  it.each([
    ["John Harlow", "United States"],
    ["Anne Leblanc", "Canada"],
    ["Marek Nowicki", "Poland"],
    ["Kofi Mensah", "Ghana"],
    ["Budi Santoso", "Indonesia"],
    ["Zulkifli Rahman", "Malaysia"],
    ["Nikos Petrou", "Greece"],
  ])("%s: %s", (name, country) => {
    expect(countryOf(name)).toBe(country);
  });
});

// Context alone fixes a host's head of state, not a minister who may be a visitor.
const hostStory = `Vietnam, Chile sign defence pact

HANOI, May 6 (Reuters) - Vietnam and Chile signed a defence cooperation agreement on Tuesday after Chilean Defence Minister Ana Soto held talks with her Vietnamese counterpart General Phan Van Giang in Hanoi.

President Luong Cuong received Soto later in the day. Deputy Minister Pablo Ruiz, who accompanied the delegation, toured a shipyard in Haiphong.
`;

describe("an official's country from the story's place", () => {
  const built = buildDataset([{ file: "host.txt", text: hostStory }], undefined, {
    today: "2026-11-22",
  }).dataset;
  const country = (name: string) => built.entities.find((e) => e.name === name)?.country;

  it("gives a bare-titled head of state the country the story is filed from", () => {
    expect(country("Luong Cuong")).toBe("Vietnam");
  });

  it("leaves a bare-titled minister without a country rather than guess", () => {
    expect(country("Pablo Ruiz")).toBeNull();
  });
});

describe("offices written without a ministry", () => {
  const story = `Tokyo responds to launch

TOKYO, Aug 12 (Reuters) - Japan protested on Monday after North Korean leader Kim Jong Un oversaw a missile launch.

Chief Cabinet Secretary Hiroshi Tanaka told reporters the launch violated UN resolutions.
`;
  const built = buildDataset([{ file: "tokyo.txt", text: story }], undefined, {
    today: "2026-11-22",
  }).dataset;
  const people = built.entities.filter((e) => e.kind === "person");

  it("reads a lower-case 'leader' and a three-word office as titles, not names", () => {
    expect(people.map((p) => [p.name, p.role, p.country ?? null]).sort()).toEqual([
      // No country word, but only Japan has a Chief Cabinet Secretary.
      ["Hiroshi Tanaka", "Chief Cabinet Secretary", "Japan"],
      ["Kim Jong Un", "Leader", "North Korea"],
    ]);
  });
});

describe("a list after a plural 'counterparts'", () => {
  const story = `Ministers hold 2+2 talks

SEOUL, June 3 (Reuters) - Foreign Minister Park Jin-woo and Defence Minister Shin Jae-ho held talks with their Canadian counterparts, Foreign Minister Anne Leblanc and Defence Minister Paul Girard, on Tuesday.
`;
  const built = buildDataset([{ file: "seoul.txt", text: story }], undefined, {
    today: "2026-11-22",
  }).dataset;
  const person = (name: string) => built.entities.find((e) => e.name === name);

  it("gives every listed official the adjective's country and their own office", () => {
    expect(person("Anne Leblanc")).toMatchObject({ country: "Canada", role: "Foreign Minister" });
    expect(person("Paul Girard")).toMatchObject({ country: "Canada", role: "Defence Minister" });
  });
});

describe("retired officers", () => {
  const story = `Veterans meet

Colombo, June 3 (PTI): Sri Lankan Major General (retd) Aruna Perera met Indian Air Vice Marshal (Retd.) Kamal Nair on Tuesday.
`;
  const built = buildDataset([{ file: "veterans.txt", text: story }], undefined, {
    today: "2026-11-22",
  }).dataset;

  it("reads '(retd)' as part of the rank, keeping the whole name and its country", () => {
    const people = built.entities.filter((e) => e.kind === "person");
    expect(people.map((p) => [p.name, p.role, p.country]).sort()).toEqual([
      ["Aruna Perera", "Major General", "Sri Lanka"],
      ["Kamal Nair", "Air Vice Marshal", "India"],
    ]);
  });
});

// Offices only one country has, regional offices and delegations give the country too.
// None of these people is in the reference data.
const indiaStory = `Rifle plant opens

Amethi, March 3 (Reuters) - Uttar Pradesh Chief Minister Arvind Mehra and Union Minister Kavita Rao attended the ceremony on Sunday.

He was received at the airport by Minister of State for External Affairs K.L. Baruah, while Secretary (Defence Production) Shri Anand Joshi briefed the visitors.

The training programme was discussed when Vladimir Orlov, Deputy Director of the Federal Service for Military-Technical Cooperation (FSMTC) Pavel Lukin, received a delegation of the Indian Air Force headed by Air Marshal Ravi Menon.

The ceremony in Kaliningrad was attended by the region's Governor Oleg Sitnikov. The Russian contingent is led by Major General Igor Chernov.

Inspector of the Navy Vice Admiral Jan Peter Falk, who is part of the German delegation, met the officials.
`;

describe("an official's country from an office, a region or a delegation", () => {
  const built = buildDataset([{ file: "india.txt", text: indiaStory }], undefined, {
    today: "2026-11-22",
  }).dataset;
  const country = (name: string) => built.entities.find((e) => e.name === name)?.country;

  it("is about people the reference data does not list", () => {
    const names = ["Arvind Mehra", "Kavita Rao", "K L Baruah", "Anand Joshi", "Pavel Lukin"];
    names.push("Ravi Menon", "Oleg Sitnikov", "Igor Chernov", "Jan Peter Falk");
    expect(knownToReference(names)).toEqual([]);
  });

  it.each([
    ["Arvind Mehra", "India"],
    ["Kavita Rao", "India"],
    ["K L Baruah", "India"],
    ["Anand Joshi", "India"],
    ["Pavel Lukin", "Russia"],
    ["Ravi Menon", "India"],
    ["Oleg Sitnikov", "Russia"],
    ["Igor Chernov", "Russia"],
    ["Jan Peter Falk", "Germany"],
  ])("%s: %s", (name, expected) => {
    expect(country(name)).toBe(expected);
  });
});

// An adjective before a pair of officials covers both; a traveller is not from where they went.
// None of these people is in the reference data.
const pairStory = `Ministers meet in Goa

Goa, May 5, 2023 (Reuters) - Indian ministers held talks with Japanese Foreign Minister Kenji Mori and Defence Minister Taro Ueda on Thursday.

Chilean Defence Minister Ana Soto and Defence Minister Pablo Ruiz met separately.

Then foreign minister Nadia Qureshi had visited New Delhi in July 2011.
`;

describe("an adjective shared by a pair, and a traveller's country", () => {
  const built = buildDataset([{ file: "goa.txt", text: pairStory }], undefined, {
    today: "2026-11-22",
  }).dataset;
  const country = (name: string) => built.entities.find((e) => e.name === name)?.country;

  it("is about people the reference data does not list", () => {
    const names = ["Kenji Mori", "Taro Ueda", "Ana Soto", "Pablo Ruiz", "Nadia Qureshi"];
    expect(knownToReference(names)).toEqual([]);
  });

  it("gives the second of a pair joined by 'and' the first one's adjective", () => {
    expect(country("Taro Ueda")).toBe("Japan");
  });

  it("does not give a second holder of the same office the first one's country", () => {
    expect(country("Ana Soto")).toBe("Chile");
    expect(country("Pablo Ruiz")).not.toBe("Chile");
  });

  it("never gives a visitor the country they visited", () => {
    expect(country("Nadia Qureshi")).not.toBe("India");
  });
});

// A country before the person's own part of a list, or before a comma after "in", belongs to
// someone or somewhere else. None of these people is in the reference data.
const listStory = `Ministers meet in London

London, May 5, 2023 (Reuters) - I held talks with Secretary of State Harold Brink of the United States, Foreign Secretary Tomasz Kowal of Poland, and Foreign Minister Anne Leblanc of Canada.

The treaty was signed by Deputy Foreign Minister Ieva Kalnina, German Defence Minister Otto Brandt and others.

While in Fiji, Minister Ruth Kereama will meet her counterpart.

Stressing the value of a stable Afghanistan, Foreign Minister Omar Baig praised the talks.

Assistant Secretary Petra Holm, who will brief reporters on the meeting with Indian officials, spoke on Tuesday.
`;

describe("countries that belong to someone else in the sentence", () => {
  const built = buildDataset([{ file: "list.txt", text: listStory }], undefined, {
    today: "2026-11-22",
  }).dataset;
  const country = (name: string) => built.entities.find((e) => e.name === name)?.country;

  it("is about people the reference data does not list", () => {
    const names = ["Harold Brink", "Tomasz Kowal", "Anne Leblanc", "Ieva Kalnina", "Otto Brandt"];
    names.push("Ruth Kereama", "Petra Holm", "Omar Baig");
    expect(knownToReference(names)).toEqual([]);
  });

  it("reads 'X of Poland' after an earlier 'Y of the United States' as Poland", () => {
    expect(country("Harold Brink")).toBe("United States");
    expect(country("Tomasz Kowal")).toBe("Poland");
    expect(country("Anne Leblanc")).toBe("Canada");
  });

  it("does not take the next titled person of a list for an apposition", () => {
    expect(country("Ieva Kalnina")).not.toBe("Germany");
    expect(country("Otto Brandt")).toBe("Germany");
  });

  it("does not give a visitor the place 'while in' names, nor a relative clause's country", () => {
    expect(country("Ruth Kereama")).not.toBe("Fiji");
    expect(country("Omar Baig")).not.toBe("Afghanistan");
    expect(country("Petra Holm")).not.toBe("India");
  });
});

describe("a country in brackets after a counterpart's name", () => {
  const story = `Ministers meet in Goa

Goa, May 5, 2023 (Reuters) - Indian External Affairs Minister Arun Verma also met his counterparts Lindiwe Mokoena (South Africa) and Pieter de Wit (Netherlands) on Thursday.
`;
  const built = buildDataset([{ file: "goa2.txt", text: story }], undefined, {
    today: "2026-11-22",
  }).dataset;
  const country = (name: string) => built.entities.find((e) => e.name === name)?.country;

  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Lindiwe Mokoena", "Pieter de Wit"])).toEqual([]);
  });

  it("reads the bracket, not the other side of the story", () => {
    expect(country("Lindiwe Mokoena")).toBe("South Africa");
  });
});
