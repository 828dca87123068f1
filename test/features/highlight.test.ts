import { describe, expect, it } from "vitest";
import { locateQuote, splitParagraph } from "../../src/features/articles/highlight";
import type { EntityKind } from "../../src/shared/schema";

const kinds: Record<string, EntityKind> = { rao: "person", moscow: "place" };
const kindOf = (id: string) => kinds[id];
const text = "In Moscow, Anita Rao met Pavel Orlov. They talked.";

describe("splitParagraph", () => {
  it("cuts at mentions and the stating sentence, keeping the text intact", () => {
    const segments = splitParagraph(
      text,
      [
        { entityId: "moscow", paragraph: 0, start: 3, end: 9 },
        { entityId: "rao", paragraph: 0, start: 11, end: 20 },
      ],
      kindOf,
      { start: 0, end: 37 },
    );
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.map((s) => [s.text, s.kind, s.stating])).toEqual([
      ["In ", null, true],
      ["Moscow", "place", true],
      [", ", null, true],
      ["Anita Rao", "person", true],
      [" met Pavel Orlov.", null, true],
      [" They talked.", null, false],
    ]);
  });

  it("skips overlapping and out-of-range mentions instead of trusting them", () => {
    const segments = splitParagraph(
      text,
      [
        { entityId: "rao", paragraph: 0, start: 11, end: 20 },
        { entityId: "moscow", paragraph: 0, start: 17, end: 25 },
        { entityId: "moscow", paragraph: 0, start: 40, end: 400 },
      ],
      kindOf,
      null,
    );
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.kind).map((s) => s.text)).toEqual(["Anita Rao"]);
  });

  it("tags mentions of unknown entities as other", () => {
    const [, mention] = splitParagraph(
      text,
      [{ entityId: "x", paragraph: 0, start: 3, end: 9 }],
      kindOf,
      null,
    );
    expect(mention?.kind).toBe("other");
  });
});

describe("locateQuote", () => {
  it("uses stored offsets when they fit the paragraph", () => {
    expect(locateQuote(text, { quote: "ignored", start: 38, end: 50 })).toEqual({
      start: 38,
      end: 50,
    });
  });

  it("falls back to finding the quote, and gives up honestly", () => {
    expect(locateQuote(text, { quote: "They talked." })).toEqual({ start: 38, end: 50 });
    expect(locateQuote(text, { quote: "Not there." })).toBeNull();
    expect(locateQuote(text, { quote: "x", start: 10, end: 999 })).toBeNull();
  });
});
