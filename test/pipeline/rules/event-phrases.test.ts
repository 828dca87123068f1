// @vitest-environment node
// rules/en/event-phrases.json tested on its own examples: each pattern matches its example
// sentences (over the text after the trigger word, when an example names it, as the events
// stage reads it, or after or before the date it names) and none of its counterexamples; each word list holds its examples' words.
import { describe, expect, it } from "vitest";
import {
  eventPhraseRules,
  eventPhrases,
  eventWordLists,
  eventWords,
} from "../../../src/pipeline/rules/event-phrases";

type Example =
  | string
  | { text: string; after: string }
  | { text: string; before: string }
  | { text: string; from: string };

function read(example: Example): string {
  if (typeof example === "string") return example;
  if ("from" in example) {
    const at = example.text.indexOf(example.from);
    expect(at, example.text).toBeGreaterThanOrEqual(0);
    return example.text.slice(at);
  }
  if ("before" in example) {
    const at = example.text.indexOf(example.before);
    expect(at, example.text).toBeGreaterThan(0);
    return example.text.slice(0, at);
  }
  const at = example.text.indexOf(example.after);
  expect(at, example.text).toBeGreaterThanOrEqual(0);
  return example.text.slice(at + example.after.length);
}

describe("rules/en/event-phrases.json", () => {
  for (const [name, rule] of Object.entries(eventPhraseRules)) {
    const compiled = eventPhrases[name as keyof typeof eventPhrases];
    // A fresh copy each time: a global pattern's test() moves its lastIndex.
    const re = { test: (text: string) => new RegExp(compiled).test(text) };
    it(`${name}: matches its examples and none of its counterexamples`, () => {
      for (const example of rule.examples) {
        if (
          rule.reads === "after-trigger" ||
          rule.reads === "after-name" ||
          rule.reads === "after-date"
        )
          expect(example).toHaveProperty("after");
        if (
          rule.reads === "before-name" ||
          rule.reads === "before-trigger" ||
          rule.reads === "before-date"
        )
          expect(example).toHaveProperty("before");
        if (rule.reads === "trigger") expect(example).toHaveProperty("from");
        expect(re.test(read(example)), JSON.stringify(example)).toBe(true);
      }
      for (const example of rule.counterexamples ?? [])
        expect(re.test(read(example)), JSON.stringify(example)).toBe(false);
    });
  }

  // ceremonyOf's named groups are the kinds its foldsInto gives the events of
  // (events/ceremony-of.ts): each example is of one kind, and each kind has its events.
  it("ceremonyOf: each example names one kind, and each kind says the events it folds into", () => {
    const rule = eventPhraseRules.ceremonyOf;
    const kinds = Object.keys(rule.foldsInto.kinds);
    const groups = [...rule.source.matchAll(/\(\?<(\w+)>/g)].map((m) => m[1]);
    expect([...kinds].sort()).toEqual([...groups].sort());
    for (const example of rule.examples) {
      const found = eventPhrases.ceremonyOf.exec(read(example))?.groups ?? {};
      const named = Object.keys(found).filter((k) => found[k] !== undefined);
      expect(named, JSON.stringify(example)).toHaveLength(1);
      expect(kinds).toContain(named[0]);
    }
  });

  for (const [name, list] of Object.entries(eventWordLists)) {
    const re = eventWords[name as keyof typeof eventWords];
    it(`${name}: holds its examples' words and none of its counterexamples'`, () => {
      for (const example of list.examples) {
        expect(example.text).toContain(example.word);
        expect(re.test(example.word), example.word).toBe(true);
      }
      for (const example of list.counterexamples ?? []) {
        expect(example.text).toContain(example.word);
        expect(re.test(example.word), example.word).toBe(false);
      }
    });
  }
});
