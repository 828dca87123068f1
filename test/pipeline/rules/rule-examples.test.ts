// @vitest-environment node
// Every rule in every rule file is tested on its own examples: each example sentence must be
// matched by that rule (over the words given, when given), each counterexample must not.
import { describe, expect, it } from "vitest";
import { annotateParagraphs } from "../../../src/pipeline/annotate/annotate-article";
import { ruleSets } from "../../../src/pipeline/rules/rule-sets";
import { ruleMatcher } from "../../../src/pipeline/rules/rule-matcher";
import { parseDateline } from "../../../src/pipeline/read/dateline";
import { classifyLine } from "../../../src/pipeline/read/furniture";
import { isUnstoppedLead } from "../../../src/pipeline/read/story-layout";
import {
  RELATED_HEADER,
  STANDFIRST_HEADER,
  TEASER_BUTTON,
} from "../../../src/pipeline/read/page-blocks";
import {
  furnitureWords,
  isDayBox,
  isPhotoCaption,
  isSpeakerHeadline,
  isStoryEnd,
  isTrail,
} from "../../../src/pipeline/read/furniture-words";

function matchedTexts(rule: Parameters<typeof ruleMatcher>[0][number], text: string): string[] {
  const tokens = annotateParagraphs([text]).sentences.flatMap((s) => s.tokens);
  return ruleMatcher([rule])
    .matchAll(tokens)
    .map((m) => text.slice(tokens[m.start]?.start, tokens[m.end - 1]?.end));
}

for (const [file, rules] of Object.entries(ruleSets)) {
  describe(`rules/en/${file}.json`, () => {
    it("has unique rule ids", () => {
      const ids = rules.map((r) => r.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });
    for (const rule of rules) {
      it(`${rule.id}: matches its examples and none of its counterexamples`, () => {
        for (const example of rule.examples) {
          const text = typeof example === "string" ? example : example.text;
          const found = matchedTexts(rule, text);
          expect(found, text).not.toEqual([]);
          if (typeof example !== "string") expect(found, text).toContain(example.match);
        }
        for (const text of rule.counterexamples ?? [])
          expect(matchedTexts(rule, text), text).toEqual([]);
      });
    }
  });
}

describe("rules/en/page-furniture.json", () => {
  it("classifies its examples", () => {
    for (const line of furnitureWords.examples.furniture)
      expect(classifyLine(line).kind, line).toBe("furniture");
    for (const line of furnitureWords.examples.content)
      expect(classifyLine(line).kind, line).toBe("content");
  });

  it("recognises its captions", () => {
    for (const line of furnitureWords.examples.captions)
      expect(isPhotoCaption(line), line).toBe(true);
    for (const line of furnitureWords.examples.content)
      expect(isPhotoCaption(line), line).toBe(false);
  });

  it("recognises a release's closing marks", () => {
    for (const line of furnitureWords.examples.storyEnds) expect(isStoryEnd(line), line).toBe(true);
    for (const line of furnitureWords.examples.content) expect(isStoryEnd(line), line).toBe(false);
  });

  it("reads no dateline whose place is a day word", () => {
    for (const line of furnitureWords.examples.notDatelines)
      expect(parseDateline(line), line).toBeNull();
  });

  it("recognises headlines that name who speaks", () => {
    for (const line of furnitureWords.examples.speakerHeadlines)
      expect(isSpeakerHeadline(line), line).toBe(true);
    for (const line of furnitureWords.examples.notSpeakerHeadlines)
      expect(isSpeakerHeadline(line), line).toBe(false);
  });

  it("tells a top line without a closing stop that is the story's lead", () => {
    for (const line of furnitureWords.examples.unstoppedLeads)
      expect(isUnstoppedLead(line), line).toBe(true);
    for (const line of furnitureWords.examples.notUnstoppedLeads)
      expect(isUnstoppedLead(line), line).toBe(false);
  });

  it("recognises its block headers and teaser buttons", () => {
    const cases = [
      [RELATED_HEADER, furnitureWords.examples.relatedHeaders],
      [STANDFIRST_HEADER, furnitureWords.examples.standfirstHeaders],
      [TEASER_BUTTON, furnitureWords.examples.teaserButtons],
    ] as const;
    for (const [pattern, lines] of cases) {
      for (const line of lines) expect(pattern.test(line), line).toBe(true);
      for (const line of furnitureWords.examples.content)
        expect(pattern.test(line), line).toBe(false);
    }
  });

  it("recognises a 'you are here' trail", () => {
    for (const line of furnitureWords.examples.trails) expect(isTrail(line), line).toBe(true);
    for (const line of [...furnitureWords.examples.notTrails, ...furnitureWords.examples.content])
      expect(isTrail(line), line).toBe(false);
  });

  it("recognises its day boxes", () => {
    for (const line of furnitureWords.examples.dayBoxes) expect(isDayBox(line), line).toBe(true);
    for (const line of furnitureWords.examples.content) expect(isDayBox(line), line).toBe(false);
  });
});
