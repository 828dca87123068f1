// @vitest-environment node
import { describe, expect, it } from "vitest";
import { statementCountries } from "../../../src/pipeline/events/statement-countries";
import { candidateEvent } from "../candidate-event";

const statement = candidateEvent;

describe("the countries a statement names", () => {
  it("reads countries and the countries of known places", () => {
    const c = statement({ entities: ["country-indonesia", "place-astana", "org-asean"] });
    expect([...statementCountries(c, [])].sort()).toEqual(["Indonesia", "Kazakhstan"]);
  });

  it("leaves aside the shared person's home country, but not the event's location", () => {
    const c = statement({
      participants: ["person-narendra-modi"],
      entities: ["place-new-delhi", "country-india"],
      location: "New Delhi",
    });
    expect([...statementCountries(c, ["person-narendra-modi"])]).toEqual(["India"]);
    const d = statement({ entities: ["place-new-delhi"] });
    expect([...statementCountries(d, ["person-narendra-modi"])]).toEqual([]);
  });
});
