// @vitest-environment node
// rules/en/date-phrases.json tested on its own examples: each rule, run alone, must find
// each example's phrase and read it as the example says, and must find nothing in its
// counterexamples. Through findCandidates, an example's phrase is found in its sentence.
import { describe, expect, it } from "vitest";
import { findCandidates } from "../../../src/pipeline/dates/find-candidates";
import { RULES, compileRule } from "../../../src/pipeline/dates/rules";
import { datePhraseRules } from "../../../src/pipeline/rules/date-phrases";

type Found = { phrase: string; reads: unknown };

function found(rule: ReturnType<typeof compileRule>, text: string): Found[] {
  const re = new RegExp(rule.re.source, rule.re.flags);
  return [...text.matchAll(re)].flatMap((m) => {
    const reads = rule.build(m);
    return reads === null ? [] : [{ phrase: m[0], reads }];
  });
}

describe("rules/en/date-phrases.json", () => {
  it("has unique rule names, run in the file's order", () => {
    const names = datePhraseRules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(RULES.map((r) => r.name)).toEqual(names);
  });

  for (const def of datePhraseRules) {
    const rule = compileRule(def);
    describe(def.name, () => {
      it.each(def.examples)("finds '$phrase' in '$text'", (example) => {
        const hit = found(rule, example.text).find((f) => f.phrase === example.phrase);
        expect(hit, example.text).toBeDefined();
        expect(hit?.reads).toEqual(example.reads);
      });

      it.each(def.counterexamples)("finds nothing in '%s'", (text) => {
        expect(found(rule, text)).toEqual([]);
      });
    });
  }

  it("finds every example's phrase among a sentence's date phrases", () => {
    for (const def of datePhraseRules)
      for (const example of def.examples) {
        const texts = findCandidates(example.text).map((c) => c.text);
        expect(texts, `${def.name}: ${example.text}`).toContain(example.phrase);
      }
  });

  it("reads a valued word list's words in any case the rule's flags allow", () => {
    const daysAgo = RULES.find((r) => r.name === "daysAgo");
    expect(daysAgo && found(daysAgo, "THREE DAYS AGO the talks ended.")).toEqual([
      { phrase: "THREE DAYS AGO", reads: { kind: "relDay", offset: -3 } },
    ]);
  });
});
