import { describe, expect, it } from "vitest";
import { hasRunLongerThan, isRegExpSpace } from "../../../src/pipeline/annotate/long-runs";

describe("long runs without white space", () => {
  it("reads white space as a regex's \\s does, for every UTF-16 code unit", () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isRegExpSpace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
  });

  it("finds a run only when it is longer than the length", () => {
    const word = "a".repeat(256);
    expect(hasRunLongerThan(`x ${word} y`, 256)).toBe(false);
    expect(hasRunLongerThan(`x ${word}b y`, 256)).toBe(true);
    expect(hasRunLongerThan(`${word}\u00a0${word}`, 256)).toBe(false);
    expect(hasRunLongerThan("", 256)).toBe(false);
  });
});
