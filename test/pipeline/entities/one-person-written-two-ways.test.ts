// @vitest-environment node
// One person written two ways in one article: a shorter form of a longer name ("Ismail Sabri"
// beside "Ismail Sabri Yaakob"), the same full name placed in two countries by the words around
// it, and a surname spelt one letter apart under the same office ("Hussain", "Hussein").
import { describe, expect, it } from "vitest";
import { knownToReference } from "../reference-guard";
import { namesIn, peopleIn } from "./people-of";

describe("one person written two ways in one article", () => {
  it("is about names the reference data does not list", () => {
    expect(
      knownToReference([
        "Rahim Sabrun Yakoub",
        "Juan Tomas Orlando Quiroga",
        "Carlos Fariña",
        "Hisham Hasseim",
        "Tariq Mahmoodi",
      ]),
    ).toEqual([]);
  });

  it("takes a name a longer name of the article starts with for that person", () => {
    expect(
      namesIn([
        "Defence Minister Ng Eng Hen spoke with Malaysian Defence Minister Rahim Sabrun Yakoub on Monday.",
        "Dr Ng regretted that Mr Rahim Sabrun was not able to visit in person.",
      ]),
    ).toEqual(["Ng Eng Hen", "Rahim Sabrun Yakoub"]);
    expect(
      namesIn([
        "President Juan Tomas Orlando Quiroga received the delegation in Lima on Monday.",
        "President Juan Tomas Orlando thanked the visitors.",
      ]),
    ).toEqual(["Juan Tomas Orlando Quiroga"]);
  });

  it("joins neither of two longer names that start alike", () => {
    expect(
      namesIn([
        "Minister Rahim Sabrun Yakoub met Governor Rahim Sabrun Azizan in Kuala Lumpur on Monday.",
        "Datuk Seri Rahim Sabrun later left for Penang.",
      ]),
    ).toEqual(["Rahim Sabrun", "Rahim Sabrun Azizan", "Rahim Sabrun Yakoub"]);
  });

  it("keeps one person for a full name written twice, whatever country each place suggests", () => {
    const people = peopleIn([
      "The foreign minister-designate of Colombia, Álvaro Leyvan, and that of Venezuela, Carlos Fariña, met on Thursday.",
      "For his part, the Venezuelan Foreign Minister, Carlos Fariña, said the talks went well.",
    ]);
    expect(people.filter((p) => p.name === "Carlos Fariña")).toHaveLength(1);
  });

  it("joins a surname spelt one letter apart under the same office", () => {
    expect(
      namesIn([
        "Foreign Minister Tariq Mahmoodi held a telephone conversation with the Foreign Minister of Malaysia, Hisham Hasseim.",
        "The Foreign Minister felicitated Foreign Minister Hassaim on his appointment.",
      ]),
    ).toEqual(["Hisham Hasseim", "Tariq Mahmoodi"]);
  });

  it("keeps a surname one letter apart under another office a person of its own", () => {
    expect(
      namesIn([
        "Foreign Minister Hisham Hasseim met President Tariq Mahmoodi in Islamabad on Monday.",
        "Defence Minister Hassaim also attended.",
      ]),
    ).toContain("Hassaim");
  });
});
