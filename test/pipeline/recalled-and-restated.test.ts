// @vitest-environment node
// How a story refers back: "last week" is the calendar week before publication, "the same
// month" the month just named, "The decision was taken at a meeting" the story's own day,
// "has not met" no meeting, "hosted" a meeting, "the Chilean President"
// the Chilean whose office is President, and leaving for one's own capital no visit.
// None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";
import { knownToReference } from "./reference-guard";
import { builtStarts } from "./stage-inputs";

const story = `Ministers agree on corridor

Lima, Sep 12, 2023 (Reuters) - Peru and Chile on Tuesday agreed to build a coastal shipping corridor.

The decision was taken at a meeting between Peruvian Transport Minister Carlos Vega and Chilean Transport Minister Ana Soto in Lima.

Peruvian Ambassador Luis Prado met Chilean Deputy Minister Pablo Ruiz last week. Prado had visited Santiago in March. Vega met Soto in Valparaiso the same month.

Chilean President Julia Errazuriz has not met Peruvian President Julio Quispe since Cusco in September 2022. Quispe hosted Prime Minister Tomas Ramirez of Ecuador in July.

The Chilean President left for Santiago late on Tuesday night.
`;

describe("references back to what the story told", () => {
  const events = builtStarts("lima.txt", story);

  it("is about people the reference data does not list", () => {
    const names = ["Carlos Vega", "Ana Soto", "Luis Prado", "Pablo Ruiz", "Julia Errazuriz"];
    names.push("Julio Quispe", "Tomas Ramirez");
    expect(knownToReference(names)).toEqual([]);
  });

  it("dates a restated decision's meeting from the lead", () => {
    expect(events).toContainEqual({ start: "2023-09-12", people: ["Ana Soto", "Carlos Vega"] });
  });

  it("reads 'last week' as the calendar week before, here inside September", () => {
    expect(events).toContainEqual({ start: "2023-09", people: ["Luis Prado", "Pablo Ruiz"] });
  });

  it("reads 'the same month' as the month just named", () => {
    expect(events).toContainEqual({ start: "2023-03", people: ["Ana Soto", "Carlos Vega"] });
  });

  it("finds no meeting in a denial, and a meeting in a host's welcome", () => {
    expect(events.filter((e) => e.people.includes("Julio Quispe"))).toEqual([
      { start: "2023-07", people: ["Julio Quispe", "Tomas Ramirez"] },
    ]);
  });

  it("finds no visit in a president leaving for her own capital", () => {
    expect(events.filter((e) => e.people.includes("Julia Errazuriz"))).toEqual([]);
  });
});

const undatedStory = `Armenian minister in India

New Delhi (Defence Desk) - Armenian Defence Minister Suren Karapetyan arrived in New Delhi on Monday at the head of a delegation.

Karapetyan previously visited India in 2023, when he attended an air show in Bengaluru.
`;

describe("a story with no publication date", () => {
  it("does not fold an undated arrival into the visit it recalls", () => {
    const { dataset } = buildDataset([{ file: "yerevan.txt", text: undatedStory }], undefined, {
      today: "2026-11-22",
    });
    expect(dataset.events.map((e) => e.start).sort()).toEqual(["2023", null]);
  });
});

const twoVisits = `Minister in New Delhi

New Delhi, Oct 7, 2025 (Reuters) - Armenian Defence Minister Suren Karapetyan held talks with Defence Minister Rajnath Singh on Tuesday.

Karapetyan previously visited India in 2023, when he attended an air show in Bengaluru, while India's Defence Secretary Vikram Rao visited Yerevan in 2024.

The visiting dignitary will visit an aircraft plant in Bengaluru on October 10, 2025.
`;

describe("a second subject in one sentence, and 'the visiting dignitary'", () => {
  const events = builtStarts("delhi.txt", twoVisits);

  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Suren Karapetyan", "Vikram Rao"])).toEqual([]);
  });

  it("gives the clause after ', while' its own subject", () => {
    expect(events).toContainEqual({ start: "2023", people: ["Suren Karapetyan"] });
    expect(events).toContainEqual({ start: "2024", people: ["Vikram Rao"] });
  });

  it("reads 'the visiting dignitary' as the foreign official of the story", () => {
    expect(events).toContainEqual({ start: "2025-10-10", people: ["Suren Karapetyan"] });
  });
});

const conclave = `Minister addresses conclave

Vientiane, Nov 21, 2024 - Peruvian Defence Minister Carlos Vega on Thursday addressed the regional defence conclave in the Laotian capital.

The meeting was chaired by Lao Minister of National Defence General Somsak Phommavong. Vega held talks with Defence Secretary R.K. Joshi of India on Wednesday.

Ministry spokesperson Lucia Paredes said eight agreements had been signed during the visit. Ambassador Luis Prado said the talks would deepen ties that were established in 1992.

The defence minister will travel on to Singapore on Saturday, the ministry said.
`;

describe("who 'the defence minister' is, and who only reports", () => {
  const events = builtStarts("vientiane.txt", conclave);

  it("is about people the reference data does not list", () => {
    const names = ["Carlos Vega", "Somsak Phommavong", "R K Joshi", "Lucia Paredes", "Luis Prado"];
    expect(knownToReference(names)).toEqual([]);
  });

  it("reads 'the defence minister' as the story's own minister", () => {
    expect(events).toContainEqual({ start: "2024-11-23", people: ["Carlos Vega"] });
  });

  it("keeps initials written together inside one sentence", () => {
    expect(events).toContainEqual({ start: "2024-11-20", people: ["Carlos Vega", "R K Joshi"] });
  });

  it("gives a spokesperson no part in what she reports, and a relative clause's year to no one", () => {
    expect(events.some((e) => e.people.includes("Lucia Paredes"))).toBe(false);
    expect(events.some((e) => e.start === "1992")).toBe(false);
  });
});

const attended = `Ministers hold virtual talks

New Delhi, Nov 27, 2020 (Reuters) - Peruvian Defence Minister Carlos Vega on Friday held virtual talks with his Chilean counterpart Jorge Fuentes.

Defence Secretary Ana Soto and Ambassador Luis Prado also attended the talks.
`;

describe("officials who 'also attended the talks'", () => {
  it("join the talks already told rather than make another meeting", () => {
    const { dataset } = buildDataset([{ file: "att.txt", text: attended }], undefined, {
      today: "2026-11-22",
    });
    expect(dataset.events.map((e) => [e.start, e.participants.length])).toEqual([
      ["2020-11-27", 4],
    ]);
  });
});

const faceless = `Arms makers meet at forum

Moscow, June 26, 2019 (Reuters) - Peru and Chile on Tuesday discussed joint production of rifles at an arms forum near Moscow.

The Peruvian delegation, led by Deputy Minister Luis Prado, held talks with Chilean Deputy Defence Minister Pavel Rojas.

Chilean Defence Minister Jorge Fuentes will receive the Peruvian minister later on Wednesday.
`;

describe("a lead that names no one, told again with its people", () => {
  const events = builtStarts("forum.txt", faceless);

  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Luis Prado", "Pavel Rojas", "Jorge Fuentes"])).toEqual([]);
  });

  it("dates the restatement from the lead, and 'will receive the Peruvian minister' as a meeting", () => {
    expect(events).toEqual([
      { start: "2019-06-25", people: ["Luis Prado", "Pavel Rojas"] },
      { start: "2019-06-26", people: ["Jorge Fuentes", "Luis Prado"] },
    ]);
  });
});
