// @vitest-environment node
// The needles that let findCandidates skip a date rule's regex: every match of every rule,
// on the rule file's own sentences and on the seed and fixture articles, holds one of its
// rule's needles, so skipping a rule whose needles a text lacks never loses a phrase.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import datePhraseFile from "../../../src/pipeline/rules/en/date-phrases.json";
import { NEEDLES, RULES } from "../../../src/pipeline/dates/rules";
import { NeedleTable, patternNeedles } from "../../../src/pipeline/dates/rule-needles";

const articles = ["seeds", "test/fixtures/extraction/articles", "test/fixtures/eval/articles"]
  .flatMap((dir) => readdirSync(dir).map((f) => join(dir, f)))
  .filter((file) => file.endsWith(".txt"))
  .map((file) => readFileSync(file, "utf8"));
const ruleTexts = datePhraseFile.rules.flatMap((r) => [
  ...r.examples.map((e) => e.text),
  ...r.counterexamples,
]);

describe("date rule needles", () => {
  it("are held by every match of the rule, and the probe lets the rule run there", () => {
    let matches = 0;
    for (const text of [...ruleTexts, ...articles, ...articles.flatMap((a) => a.split("\n"))]) {
      const mayMatch = NEEDLES.probe(text);
      for (const rule of RULES) {
        const needles = patternNeedles(rule.re.source);
        const ignoreCase = rule.re.flags.includes("i");
        for (const m of text.matchAll(rule.re)) {
          matches++;
          const phrase = ignoreCase ? m[0].toLowerCase() : m[0];
          const held = needles?.some((n) => phrase.includes(ignoreCase ? n.toLowerCase() : n));
          expect(needles === null || held, `${rule.name}: ${m[0]}`).toBe(true);
          expect(mayMatch(rule.needles), `${rule.name}: ${m[0]}`).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(300);
  });

  it("rule the month and weekday rules out of a text that names neither", () => {
    const mayMatch = NEEDLES.probe("The two ministers signed the agreement in the capital.");
    const run = RULES.filter((r) => mayMatch(r.needles)).map((r) => r.name);
    expect(run).not.toContain("monthThenDay");
    expect(run).not.toContain("weekday");
  });
});

describe("patternNeedles", () => {
  it("joins literal text matched once in a row, and takes the rarer required part", () => {
    expect(patternNeedles(String.raw`\bthe\s+day\b`)).toEqual(["the"]);
    expect(patternNeedles(String.raw`\b[Ll]ast\s+week`)).toEqual(["week"]);
    expect(patternNeedles(String.raw`(?:Jan|January|Feb)\.?\s+\d`)).toEqual(["Jan", "Feb"]);
  });

  it("reads nothing from optional, repeated, class or lookaround parts", () => {
    expect(patternNeedles(String.raw`(?:week)?\d+`)).toBeNull();
    expect(patternNeedles(String.raw`[Tt]his`)).toEqual(["his"]);
    expect(patternNeedles(String.raw`(?=week)\w+`)).toBeNull();
    expect(patternNeedles(String.raw`a+`)).toEqual(["a"]);
    expect(patternNeedles(String.raw`ab+c`)).toEqual(["a"]);
    expect(patternNeedles(String.raw`(?:day|\d)`)).toBeNull();
  });

  it("are looked for with the regex's own case rule, once for regexes that share them", () => {
    const table = new NeedleTable();
    const id = table.add(/\bdays\s+AGO\b/gi);
    expect(table.probe("Three DAYS Ago")(id)).toBe(true);
    expect(table.probe("Three weeks ago")(id)).toBe(false);
    expect(table.add(/\b(?:two|three)\s+days\s+ago/gi)).toBe(id);
    expect(table.probe("Three Days ago")(table.add(/\bdays\s+ago\b/g))).toBe(false);
    expect(table.probe("anything")(table.add(/\d+/g))).toBe(true);
  });
});
