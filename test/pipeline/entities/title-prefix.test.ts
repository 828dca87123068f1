import { describe, expect, it } from "vitest";
import { findTitles } from "../../../src/pipeline/entities/titles";
import { literalPrefix } from "../../../src/pipeline/entities/title-needles";

describe("literalPrefix: the letters every match of a title pattern starts with", () => {
  it("is the pattern's leading words, upper-cased", () => {
    expect(literalPrefix("Deputy Chief of Mission")).toBe("DEPUTY CHIEF OF MISSION");
    expect(literalPrefix("Charg[eé] d['’]Affaires")).toBe("CHARG");
  });
  it("leaves out a letter a quantifier makes optional", () => {
    expect(literalPrefix("Gen\\.?")).toBe("GEN");
    expect(literalPrefix("Lt?\\. Gen")).toBe(null);
    expect(literalPrefix("Ministers?")).toBe("MINISTER");
  });
  it("is null when the pattern has a top-level alternative or starts with a group", () => {
    expect(literalPrefix("Minister|Secretary")).toBe(null);
    expect(literalPrefix("(?:Prime|Chief) Minister")).toBe(null);
    expect(literalPrefix("Foreign (?:Minister|Secretary)")).toBe("FOREIGN ");
  });
});

describe("findTitles with the prefix test", () => {
  it("still finds titles in any case the pattern allows", () => {
    const text = "The DEFENCE MINISTER met Gen. Ivanov and the deputy chief of mission.";
    const found = findTitles(text).map((t) => text.slice(t.start, t.end));
    expect(found).toContain("Gen.");
    expect(found.some((t) => /deputy chief of mission/i.test(t))).toBe(true);
  });
});
