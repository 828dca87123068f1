// @vitest-environment node
// Officials the news calls by one name of their own ("Lula" for Luiz Inácio Lula da Silva,
// "Retno" for Retno Marsudi, as "Jokowi" for Joko Widodo): the reference data lists that name
// as an alias, so a story naming them only so still names them, and a visit it tells of them
// keeps its visitor. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { peopleIn } from "./people-of";

describe("officials called by one name", () => {
  it("reads 'Retno' alone as the Indonesian foreign minister", () => {
    expect(
      peopleIn([
        "The Indonesian foreign minister opened the regional meeting in Jakarta on Tuesday.",
        "Retno told the delegates that the region had to stay united.",
      ]),
    ).toEqual([{ name: "Retno Marsudi", country: "Indonesia", role: "Foreign Minister" }]);
  });

  it("reads 'Lula' alone, and beside his full name, as one person", () => {
    expect(
      peopleIn([
        "Brazilian President Luiz Inácio Lula da Silva arrived in Lisbon on Friday.",
        "Lula is due to address the Portuguese parliament on Saturday.",
      ]).map((p) => p.name),
    ).toEqual(["Luiz Inácio Lula da Silva"]);
    expect(peopleIn(["Lula flew to Santiago on Sunday."]).map((p) => p.name)).toEqual([
      "Luiz Inácio Lula da Silva",
    ]);
  });

  it("keeps a visit told of 'Lula' alone with its visitor", () => {
    const text = [
      " date 2024-03-04 Brasilia, March 4",
      "Brazil hosted a regional forum on trade on Monday.",
      "On Thursday, Lula will travel to Asuncion on an official visit.",
    ].join("\n\n");
    const { dataset } = buildDataset([{ file: "one-name.txt", text }]);
    const lula = dataset.entities.find((e) => e.name === "Luiz Inácio Lula da Silva");
    const visit = dataset.events.find((e) => e.type === "visit" && e.start === "2024-03-07");
    expect(visit?.participants).toEqual([lula?.id]);
  });
});
