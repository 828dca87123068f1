// @vitest-environment node
// rules/en/entity-cues.json tested on its own examples: in each paragraph the entity stage
// finds the people (name and role) the example lists, and no one else.
import { describe, expect, it } from "vitest";
import { peopleIn } from "../entities/people-of";
import {
  entityCueExamples,
  FIRM_BEFORE,
  OFFICE_TO_CLOSE,
  SHIP_BEFORE,
} from "../../../src/pipeline/rules/entity-cues";

describe("rules/en/entity-cues.json", () => {
  for (const [list, examples] of Object.entries(entityCueExamples))
    it.each(examples)(`${list}: finds $people in '$text'`, (example) => {
      const found = peopleIn([example.text]).map((p) => [p.name, p.role]);
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
});
