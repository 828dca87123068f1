// @vitest-environment node
// rules/en/name-heads.json tested on its own examples: the generic-name finder gives exactly
// the names (kind and text) each example lists, in order; for the eponymous heads, a
// paragraph's names with the reference names among them.
import { describe, expect, it } from "vitest";
import { findGenericNames } from "../../../src/pipeline/entities/generic-names";
import { findNamed } from "../../../src/pipeline/entities/named-entities";
import { eponymousHeadExamples, nameHeadExamples } from "../../../src/pipeline/rules/name-heads";

describe("rules/en/name-heads.json", () => {
  for (const [list, examples] of Object.entries(nameHeadExamples))
    it.each(examples)(`${list}: finds $names in '$text'`, (example) => {
      const found = findGenericNames(example.text).map((hit) => [hit.kind, hit.name]);
      expect(found).toEqual(example.names);
    });

  it.each(eponymousHeadExamples)("eponymousHeads: finds $names in '$text'", (example) => {
    const found = findNamed(example.text, 0)
      .sort((a, b) => a.start - b.start)
      .map((hit) => [hit.kind, hit.name]);
    expect(found).toEqual(example.names);
  });
});
