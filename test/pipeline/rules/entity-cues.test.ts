// @vitest-environment node
// rules/en/entity-cues.json tested on its own examples: in each paragraph the entity stage
// finds the people (name, role and country) the example lists, and no one else.
import { describe, expect, it } from "vitest";
import { peopleIn } from "../entities/people-of";
import {
  entityCueExamples,
  FIRM_BEFORE,
  APPOSITION_ROLE,
  LABELLED,
  OFFICE_TO_CLOSE,
  PLACE_POSSESSIVE,
  SHIP_BEFORE,
  VISITED_BEFORE,
} from "../../../src/pipeline/rules/entity-cues";

describe("rules/en/entity-cues.json", () => {
  for (const [list, examples] of Object.entries(entityCueExamples))
    it.each(examples)(`${list}: finds $people in '$text'`, (example) => {
      const found = peopleIn([example.text]).map((p) => [p.name, p.role, p.country]);
      expect(found).toEqual(example.people);
    });

  it("closes an office phrase only at a bracket or the end", () => {
    expect(OFFICE_TO_CLOSE.test(" and the Navy) depart")).toBe(true);
    expect(OFFICE_TO_CLOSE.test(" & Support")).toBe(true);
    expect(OFFICE_TO_CLOSE.test(" will answer that later.")).toBe(false);
  });

  it("reads a vessel or a company noun before a title, case aside", () => {
    expect(SHIP_BEFORE.test("the Russian Frigates the ")).toBe(true);
    expect(FIRM_BEFORE.test("US defence companies ")).toBe(true);
    expect(FIRM_BEFORE.test("the company's ")).toBe(false);
  });

  it("reads a label right after a name, a visit before a place, an office in an apposition", () => {
    expect(LABELLED.test("-era cabinet")).toBe(true);
    expect(LABELLED.test(" governments")).toBe(false);
    expect(VISITED_BEFORE.test("who traveled to the ")).toBe(true);
    expect(VISITED_BEFORE.test("who Visited ")).toBe(false);
    expect(APPOSITION_ROLE.test("the Russian Spokeswoman")).toBe(true);
    expect(APPOSITION_ROLE.test("a Russian official")).toBe(false);
  });

  it("reads an office of the place a possessive region noun points back to", () => {
    expect(PLACE_POSSESSIVE.test("In Goa, the state’s ")).toBe(true);
    expect(PLACE_POSSESSIVE.test("In Goa, the State's ")).toBe(false);
  });
});
