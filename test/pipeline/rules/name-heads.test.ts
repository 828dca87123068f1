// @vitest-environment node
// rules/en/name-heads.json tested on its own examples: the generic-name finder gives exactly
// the names (kind and text) each example lists, in order.
import { describe, expect, it } from "vitest";
import { findGenericNames } from "../../../src/pipeline/entities/generic-names";
import { nameHeadExamples } from "../../../src/pipeline/rules/name-heads";

describe("rules/en/name-heads.json", () => {
  for (const [list, examples] of Object.entries(nameHeadExamples))
    it.each(examples)(`${list}: finds $names in '$text'`, (example) => {
      const found = findGenericNames(example.text).map((hit) => [hit.kind, hit.name]);
      expect(found).toEqual(example.names);
    });
});
