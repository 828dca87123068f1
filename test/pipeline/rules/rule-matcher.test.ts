// @vitest-environment node
import { describe, expect, it } from "vitest";
import { annotateParagraphs } from "../../../src/pipeline/annotate/annotate-article";
import { ruleMatcher } from "../../../src/pipeline/rules/rule-matcher";
import type { RuleBase } from "../../../src/pipeline/rules/rule-schema";

const tokensOf = (text: string) => annotateParagraphs([text]).sentences.flatMap((s) => s.tokens);
const rule = (r: Partial<RuleBase> & Pick<RuleBase, "id" | "pattern">): RuleBase => ({
  examples: ["-"],
  ...r,
});
const matches = (rules: RuleBase[], text: string) =>
  ruleMatcher(rules)
    .matchAll(tokensOf(text))
    .map((m) => {
      const tokens = tokensOf(text);
      return `${m.rule.id}:${text.slice(tokens[m.start]?.start, tokens[m.end - 1]?.end)}`;
    });

describe("ruleMatcher", () => {
  it("matches by lemma, lower-case form and part of speech", () => {
    const arrive = rule({ id: "arrive", pattern: [{ LEMMA: "arrive" }, { LOWER: ["in", "at"] }] });
    expect(matches([arrive], "Singh arrived in Moscow. She arrives at noon.")).toEqual([
      "arrive:arrived in",
      "arrive:arrives at",
    ]);
    const noun = rule({ id: "visit-noun", pattern: [{ LOWER: "visit", POS: "NOUN" }] });
    expect(matches([noun], "The visit ended. They will visit Delhi.")).toEqual([
      "visit-noun:visit",
    ]);
  });

  it("takes the longest match for bounded repeats and optional tokens", () => {
    const held = rule({
      id: "held",
      pattern: [{ LEMMA: "hold" }, { POS: ["ADJ", "DET"], OP: "*" }, { LOWER: "talks" }],
    });
    expect(matches([held], "They held extensive bilateral talks.")).toEqual([
      "held:held extensive bilateral talks",
    ]);
    const long = "They held " + "very ".repeat(8) + "talks.";
    expect(matches([held], long)).toEqual([]);
  });

  it("checks context before and after a match without taking it in", () => {
    const call = rule({
      id: "the-call",
      pattern: [{ LOWER: "call" }],
      before: [{ LOWER: "the" }, { POS: "ADJ", OP: "?" }],
      notAfter: [[{ LOWER: ["for", "on"] }]],
    });
    expect(matches([call], "The brief call lasted an hour.")).toEqual(["the-call:call"]);
    expect(matches([call], "The call for peace grew. A call came.")).toEqual([]);
  });

  it("tells which rules end just before a token, context included", () => {
    const withCue = rule({ id: "with", pattern: [{ LOWER: ["with", "between"] }] });
    const callOn = rule({
      id: "call-on",
      pattern: [{ LOWER: "called" }, { LOWER: "on" }],
      notBefore: [[{ LOWER: "never" }]],
    });
    const tokens = tokensOf("He called on Rosa Berg and met with Jonas Lund.");
    const at = (word: string) => tokens.findIndex((t) => t.text === word);
    const ids = (i: number) =>
      ruleMatcher([withCue, callOn])
        .endingAt(tokens, i)
        .map((r) => r.id);
    expect(ids(at("Rosa"))).toEqual(["call-on"]);
    expect(ids(at("Jonas"))).toEqual(["with"]);
    expect(ids(at("Berg"))).toEqual([]);
    const never = tokensOf("He never called on Rosa Berg.");
    expect(ruleMatcher([callOn]).endingAt(never, 4)).toEqual([]);
  });

  it("finds rules ending in a word, a text form, a lemma or any word, in the file's order", () => {
    const byPos = rule({ id: "by-pos", pattern: [{ LOWER: "the" }, { POS: "ADJ", OP: "+" }] });
    const byText = rule({ id: "by-text", pattern: [{ TEXT: "Defence" }] });
    const byLemma = rule({ id: "by-lemma", pattern: [{ LEMMA: "talk" }] });
    const byLower = rule({ id: "by-lower", pattern: [{ LOWER: "defence" }] });
    const optionalEnd = rule({
      id: "optional-end",
      pattern: [{ LOWER: "the" }, { POS: "ADJ", OP: "?" }],
    });
    const matcher = ruleMatcher([byPos, byText, byLemma, byLower, optionalEnd]);
    const tokens = tokensOf("After the long Defence talks ended, the talking stopped.");
    const ids = (word: string) =>
      matcher.endingAt(tokens, tokens.findIndex((t) => t.text === word) + 1).map((r) => r.id);
    expect(ids("long")).toEqual(["by-pos", "optional-end"]);
    expect(ids("Defence")).toEqual(["by-text", "by-lower"]);
    expect(ids("talks")).toEqual(["by-lemma"]);
    expect(ids("talking")).toEqual([]);
    // Asked again at the same place, the same answer (kept per sentence and place).
    expect(ids("Defence")).toEqual(["by-text", "by-lower"]);
  });

  it("is linear in the number of tokens", () => {
    const r = rule({ id: "x", pattern: [{ POS: "PROPN", OP: "*" }, { LOWER: "met" }] });
    const matcher = ruleMatcher([r]);
    const tokens = tokensOf("Singh ".repeat(2000) + "met him.");
    expect(matcher.matchAll(tokens).length).toBeGreaterThan(0);
  });
});
