// @vitest-environment node
// Leaders who "spoke to" or "called" each other held a phone call; a meeting the text denies
// is no event; "the contract" or "the ceremony" told again without a date is the story's own
// occasion; "the two leaders" are the heads of government named last, not an aide quoted
// in between. None of these people is in the reference data.
import { describe, expect, it } from "vitest";
import { knownToReference } from "./reference-guard";
import { builtEvents } from "./stage-inputs";

const text = `Leaders speak as crisis deepens

Lima, March 9, 2022 (Reuters) - Peruvian President Julio Quispe on Monday spoke to Chilean President Ana Morales for about 40 minutes, aides said.

Earlier in the day, Quispe spoke to reporters at the palace.

Morales had called President Quispe on February 26, seeking support at the regional forum.

Quispe has made it clear that he has no plan to meet Bolivian Foreign Minister Raul Choque, who is also in Lima.

Foreign Minister Lucia Paredes told reporters that the calls had been useful. The two leaders had last met at a summit in Cusco in May last year.
`;

const signing = `Navy signs frigate deal

Manila, Jan 28, 2022 (Reuters) - The Philippines on Friday signed a $375 million deal for three coastal frigates.

The contract was signed by Philippine Defence Secretary Tomas Ramirez in Manila in a ceremony attended by Korean Ambassador Park Min-ho.
`;

const build = builtEvents;

describe("calls, denials, restated occasions and 'the two leaders'", () => {
  const events = build("lima.txt", text);

  it("is about people the reference data does not list", () => {
    const names = ["Julio Quispe", "Ana Morales", "Raul Choque", "Lucia Paredes"];
    names.push("Tomas Ramirez", "Park Min-ho");
    expect(knownToReference(names)).toEqual([]);
  });

  it("reads 'spoke to' and 'had called' between leaders as phone calls", () => {
    expect(events.filter((e) => e.type === "phone-call")).toEqual([
      { type: "phone-call", start: "2022-02-26", people: ["Ana Morales", "Julio Quispe"] },
      { type: "phone-call", start: "2022-03-07", people: ["Ana Morales", "Julio Quispe"] },
    ]);
  });

  it("finds no event in speaking to reporters or in a meeting that is ruled out", () => {
    expect(events.some((e) => e.people.includes("Raul Choque"))).toBe(false);
    expect(events.some((e) => e.start === "2022-03-09")).toBe(false);
  });

  it("gives 'the two leaders' the two presidents, not the minister quoted before", () => {
    expect(events.filter((e) => e.type === "summit")).toEqual([
      { type: "summit", start: "2021-05", people: ["Ana Morales", "Julio Quispe"] },
    ]);
  });

  it("dates a restated signing from the lead instead of leaving it undated", () => {
    expect(build("manila.txt", signing)).toEqual([
      {
        type: "agreement",
        start: "2022-01-28",
        people: ["Park Min-ho", "Tomas Ramirez"],
      },
    ]);
  });
});

const virtual = `Ministers meet online

| Updated: Feb 18, 2021 22:47 IST

New Delhi [India], February 18 (ANI): Peruvian Foreign Minister Carlos Vega on Thursday took part in a virtual meeting with Chilean Foreign Minister Ana Soto and Bolivian Foreign Minister Raul Choque. The call was the first ministerial meeting of the group since Chilean President Julio Quispe took office last month. The ministers discussed the situation in the region.
`;

describe("a meeting described again as 'the call' and 'the first ministerial meeting'", () => {
  it("stays one event", () => {
    // "since Quispe took office last month" is a milestone of its own, not the meeting.
    const events = build("virtual.txt", virtual).filter((e) => e.type !== "other");
    expect(events.map((e) => e.start)).toEqual(["2021-02-18"]);
    expect(events[0]?.people).toEqual(["Ana Soto", "Carlos Vega", "Raul Choque"]);
  });

  it("dates the side clause's milestone by its own words", () => {
    const milestones = build("virtual.txt", virtual).filter((e) => e.type === "other");
    expect(milestones).toEqual([{ type: "other", start: "2021-01", people: ["Julio Quispe"] }]);
  });
});

const reception = `Envoy received in Moscow

Moscow, Oct 3, 2025 (Reuters) - Russian Deputy Defence Minister Pavel Zorin received Peruvian Ambassador Luis Prado in Moscow on Wednesday.

Chilean President Ana Morales has called President Julio Quispe a "wise" leader. Her aide Tomas Ramirez told reporters on Friday that the dates of the visit were being finalised.
`;

describe("receiving a visitor, calling someone a name, and the day a statement was made", () => {
  const events = build("moscow.txt", reception);

  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Pavel Zorin", "Luis Prado", "Tomas Ramirez"])).toEqual([]);
  });

  it("finds the reception and nothing else", () => {
    expect(events).toEqual([
      { type: "talks", start: "2025-10-01", people: ["Luis Prado", "Pavel Zorin"] },
    ]);
  });
});

const briefing = `Leaders meet at summit

Lima, Nov 19, 2024 (Reuters) - Peruvian President Julio Quispe held talks with Chilean President Ana Morales on Monday.

Chilean Ambassador Luis Prado was also present at the meeting. Officials said no meeting between Quispe and Bolivian President Raul Choque was planned.

Foreign Secretary Lucia Paredes told reporters that the President had stressed dialogue during the summit's sessions.
`;

describe("who was present, what was denied, and who only briefed", () => {
  it("keeps one meeting with those present, and no briefing or denied meeting", () => {
    expect(build("briefing.txt", briefing)).toEqual([
      {
        type: "talks",
        start: "2024-11-18",
        people: ["Ana Morales", "Julio Quispe", "Luis Prado"],
      },
    ]);
  });
});

const readout = `Telephone conversation with President of Chile Ana Morales

August 8, 2025 / 17:30

Peruvian President Julio Quispe had a telephone conversation with Chilean President Ana Morales.

The President of Peru invited the President of Chile to visit Lima for the annual summit later this year.
`;

describe("a readout that opens with its call and names leaders by office", () => {
  const events = build("readout.txt", readout);

  it("dates the call the day of the readout", () => {
    expect(events).toContainEqual({
      type: "phone-call",
      start: "2025-08-08",
      people: ["Ana Morales", "Julio Quispe"],
    });
  });

  it("reads 'the President of Peru' and 'the President of Chile' as the leaders named", () => {
    expect(events.filter((e) => e.start === "2025")).toEqual([
      { type: "summit", start: "2025", people: ["Ana Morales", "Julio Quispe"] },
    ]);
  });
});
