// @vitest-environment node
// rules/en/header-offices.json tested on its own examples: a block of names and offices holds
// only the small words and no title-case headline word; a headline or a caption does not.
import { describe, expect, it } from "vitest";
import { isNamesAndOffices } from "../../../src/pipeline/read/header-offices";
import {
  GOES_ON,
  HEADLINE_WORDS,
  headerOfficesExamples,
} from "../../../src/pipeline/rules/header-offices";

const readsAsBlock = (text: string) => isNamesAndOffices(text) && !HEADLINE_WORDS.test(text);

describe("header-offices rules", () => {
  it.each(headerOfficesExamples.block)("reads %j as names and offices", (text) => {
    expect(readsAsBlock(text)).toBe(true);
  });
  it.each(headerOfficesExamples.notBlock)("reads %j as no block of office holders", (text) => {
    expect(readsAsBlock(text)).toBe(false);
  });
  it("reads a line ending on a joining word as going on", () => {
    expect(GOES_ON.test("The Hon")).toBe(true);
    expect(GOES_ON.test("Minister for Foreign Affairs")).toBe(false);
  });
});
