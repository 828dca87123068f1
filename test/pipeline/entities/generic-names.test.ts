// @vitest-environment node
import { describe, expect, it } from "vitest";
import { findGenericNames } from "../../../src/pipeline/entities/generic-names";

const names = (text: string) => findGenericNames(text).map((hit) => [hit.kind, hit.name]);

describe("findGenericNames", () => {
  it("ends a name before a weekday or month after 'on' or 'for': that is its date", () => {
    expect(names("The Baltic Council on Wednesday backed the plan.")).toEqual([
      ["organization", "Baltic Council"],
    ]);
    expect(names("The Lisbon Maritime Accord for March was drafted.")).toEqual([
      ["other", "Lisbon Maritime Accord"],
    ]);
  });

  it("keeps a subject after 'on' or 'for' as part of the name", () => {
    expect(names("The Working Group on Naval Cooperation met.")).toEqual([
      ["organization", "Working Group on Naval Cooperation"],
    ]);
  });
});
