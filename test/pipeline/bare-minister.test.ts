// @vitest-environment node
// A release's bare "The Minister travels to ..." is its own minister: the first minister it
// names, not the counterpart named after. "All ten defence ministers signed" (lower case, as
// "Defence Ministers") are the defence ministers the story names. None of these people is in
// the reference data.
import { describe, expect, it } from "vitest";
import { knownToReference } from "./reference-guard";
import { participantsOf } from "./stage-inputs";

describe("a release's 'The Minister'", () => {
  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Carlos Vega", "Jorge Fuentes"])).toEqual([]);
  });

  it("is the first minister it names", () => {
    const people = participantsOf([
      "Minister of Defence Carlos Vega departs for Chile tomorrow to meet Minister of Defence Jorge Fuentes.",
      "The Minister travels to Bolivia on 13 May and will return on 16 May.",
    ]);
    expect(people[people.length - 1]).toEqual(["Carlos Vega"]);
  });
});

describe("'the defence ministers' in lower case", () => {
  it("are the defence ministers the story names", () => {
    const people = participantsOf([
      "Peruvian Defence Minister Carlos Vega and Chilean Defence Minister Jorge Fuentes arrived in Quito.",
      "All ten regional defence ministers on Thursday signed a joint declaration on maritime security.",
    ]);
    expect(people[people.length - 1]?.sort()).toEqual(["Carlos Vega", "Jorge Fuentes"]);
  });
});

describe("a readout's 'The Secretary'", () => {
  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Martha Quill", "Tomas Reyne"])).toEqual([]);
  });

  it("is its own secretary, not an assistant secretary named first", () => {
    const people = participantsOf([
      "Assistant Secretary for Pacific Affairs Tomas Reyne said Secretary of State Martha Quill will travel to Fiji on October 27.",
      "On October 30, the Secretary will depart for Samoa where she will meet with government leaders in Apia.",
    ]);
    expect(people[people.length - 1]).toEqual(["Martha Quill"]);
  });
});
