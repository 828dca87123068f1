// @vitest-environment node
// rules/en/clause-cues.json's words (below), and rules/en/tense-cues.json's stanceParticiples, each tried in a sentence: a date in a trailing
// clause of stance is that clause's. (pastReportingVerbs: resolve-dates-clauses.test.ts,
// "reported speech after a past reporting verb".)
import { describe, expect, it } from "vitest";
import { clauseOf } from "../../../src/pipeline/dates/clauses";
import { resolveDates } from "../../../src/pipeline/resolve-dates";
import { clauseCueLists } from "../../../src/pipeline/rules/clause-cues";
import tenseFile from "../../../src/pipeline/rules/en/tense-cues.json";

// A Thursday.
const ctx = { published: "2024-06-13", publishedFrom: "text" as const };
const dateIn = (text: string, phrase: string) => {
  const found = resolveDates(text, ctx).find((d) => d.text === phrase);
  if (!found) throw new Error(`no "${phrase}" in ${text}`);
  return found;
};

describe("clause cues of rules/en/tense-cues.json", () => {
  it.each(tenseFile.stanceParticiples)("'%s' opens a trailing clause of its own", (word) => {
    const text = `The envoy met the minister, ${word} the plan for the forum in 2025.`;
    expect(dateIn(text, "in 2025").subordinate).toBe(true);
  });
});

// rules/en/clause-cues.json, each word tried in a sentence of its own (with '?' entries in
// both forms): what it does to the clause of the date phrase "in March".
const clauseAt = (sentence: string, phrase = "in March") => {
  const index = sentence.indexOf(phrase);
  if (index < 0) throw new Error(`no "${phrase}" in ${sentence}`);
  return clauseOf(sentence, 0, index);
};
const forms = (words: string[]) =>
  words.flatMap((w) => (w.endsWith("?") ? [w.slice(0, -2), w.slice(0, -1)] : [w]));

describe("rules/en/clause-cues.json", () => {
  it.each(clauseCueLists.contrastConjunctions.words)(
    "', %s' starts a clause of its own",
    (word) => {
      const sentence = `The ministers will meet next week, ${word} the envoys met in March.`;
      expect(clauseAt(sentence).segment).not.toContain("will meet");
    },
  );

  it.each(clauseCueLists.commaRelatives.words)("', %s' opens a side clause", (word) => {
    expect(
      clauseAt(`The ministers met in Oslo, ${word} the envoys talked in March.`).subordinate,
    ).toBe(true);
  });

  it.each(clauseCueLists.bareRelatives.words)("'%s' after a noun opens a side clause", (word) => {
    expect(clauseAt(`The minister ${word} visited in March will return.`).subordinate).toBe(true);
  });

  it.each(
    forms([
      ...clauseCueLists.reportingBeforeThat.verbs,
      ...clauseCueLists.reportingBeforeThat.leads,
    ]),
  )("'%s that' opens no side clause", (word) => {
    expect(clauseAt(`The minister ${word} that the deal was signed in March.`).subordinate).toBe(
      false,
    );
  });

  it("'that' after a noun and no such word opens a side clause", () => {
    expect(clauseAt("The minister noticed the deal that was signed in March.").subordinate).toBe(
      true,
    );
  });

  it.each(forms(clauseCueLists.appositiveOpeners.words))(
    "', %s ...' without a verb is an aside",
    (word) => {
      expect(
        clauseAt(`The ministers met in Oslo, ${word} talks since the summit in March.`).subordinate,
      ).toBe(true);
    },
  );

  it.each(clauseCueLists.finiteVerbs.words)("'%s' makes a comma's clause no aside", (word) => {
    expect(clauseAt(`The ministers met in Oslo, the envoy ${word} in March.`).subordinate).toBe(
      false,
    );
  });

  it.each(clauseCueLists.finiteVerbs.chain)("'%s' keeps an auxiliary chain one verb", (word) => {
    expect(clauseAt(`The deal which was ${word} signed in March will last.`).subordinate).toBe(
      true,
    );
  });

  it.each(clauseCueLists.reportingTail.verbs)(
    "', the ministry %s ...' is a clause of its own",
    (word) => {
      const sentence = `The drills will be held, the ministry ${word} on Monday.`;
      expect(clauseAt(sentence, "on Monday").text).not.toContain("will be held");
    },
  );

  it("', according to ...' is a clause of its own", () => {
    const sentence = "The drills will be held, according to a statement on Monday.";
    expect(clauseAt(sentence, "on Monday").text).not.toContain("will be held");
  });

  it.each(clauseCueLists.subordinators.words)(
    "'%s' puts what follows beside the main event",
    (word) => {
      expect(clauseAt(`The ministers met on Monday ${word} the summit in March.`).subordinate).toBe(
        true,
      );
    },
  );

  it("'post' does so only before a determiner", () => {
    for (const word of clauseCueLists.subordinators.postDeterminers)
      expect(
        clauseAt(`The ministers met on Monday post ${word} summit in March.`).subordinate,
      ).toBe(true);
    expect(clauseAt("The general took up the post in March.").subordinate).toBe(false);
  });

  it.each(clauseCueLists.reducedRelatives.words)(
    "'%s' right after a noun and before the date is a side clause",
    (word) => {
      expect(
        clauseAt(`The envoy praised the aims of the council ${word} in March.`).subordinate,
      ).toBe(true);
    },
  );

  it.each(clauseCueLists.reducedRelatives.notAfter)(
    "after '%s' the participle is the clause's own verb",
    (word) => {
      expect(clauseAt(`The envoy said ${word} created in March the forum.`).subordinate).toBe(
        false,
      );
    },
  );
});
