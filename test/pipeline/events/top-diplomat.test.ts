// @vitest-environment node
// A country's "top diplomat" is its foreign minister, and "the Indian foreign minister" or "the
// US top diplomat" is that country's foreign minister whatever the office is called there
// (External Affairs Minister, Secretary of State). (Written sentences; the people are not in the
// reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { participantsOf } from "../stage-inputs";

const together = (found: string[][], a: string, b: string) =>
  found.some((ps) => ps.includes(a) && ps.includes(b));

describe("'the top Estonian diplomat', 'the Indian foreign minister'", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Marta Kallas", "Arjun Varma", "Rui Nogueira"]);

  it("reads 'the top Estonian diplomat' as the Estonian foreign minister", () => {
    const found = participantsOf([
      "Estonian Foreign Minister Marta Kallas arrived in Lisbon on Sunday.",
      "On Monday, the top Estonian diplomat will hold talks with Portuguese Foreign Minister Rui Nogueira.",
    ]);
    expect(together(found, "Marta Kallas", "Rui Nogueira")).toBe(true);
  });

  it("reads 'Estonia's top diplomat' the same way", () => {
    const found = participantsOf([
      "Estonian Foreign Minister Marta Kallas arrived in Lisbon on Sunday.",
      "Estonia's top diplomat will meet Portuguese Foreign Minister Rui Nogueira on Monday.",
    ]);
    expect(together(found, "Marta Kallas", "Rui Nogueira")).toBe(true);
  });

  it("reads 'the US top diplomat' as the Secretary of State", () => {
    const found = participantsOf([
      "US Secretary of State Rui Nogueira arrived in Tallinn on Sunday.",
      "The US top diplomat will meet Estonian Foreign Minister Marta Kallas on Monday.",
    ]);
    expect(together(found, "Rui Nogueira", "Marta Kallas")).toBe(true);
  });

  it("reads 'the Indian foreign minister' as India's External Affairs Minister", () => {
    const found = participantsOf([
      "Indian External Affairs Minister Arjun Varma arrived in Tallinn on Sunday.",
      "Estonian Foreign Minister Marta Kallas will hold talks with the Indian foreign minister on Monday.",
    ]);
    expect(together(found, "Marta Kallas", "Arjun Varma")).toBe(true);
  });

  it("reads 'the two top diplomats' as the two foreign ministers named before", () => {
    const found = participantsOf([
      "Estonian Foreign Minister Marta Kallas met Portuguese Foreign Minister Rui Nogueira in Lisbon on Monday.",
      "Portuguese President Arjun Varma later welcomed the Estonian delegation.",
      "On Wednesday, the two top diplomats will hold talks in Porto.",
    ]);
    expect(found).toHaveLength(2);
    expect(found.every((ps) => ps.includes("Marta Kallas") && ps.includes("Rui Nogueira"))).toBe(
      true,
    );
  });

  it("reads no one from a top diplomat of no country, or from a bare 'diplomat'", () => {
    for (const description of ["The top diplomat", "An Estonian diplomat"]) {
      const found = participantsOf([
        "Estonian Foreign Minister Marta Kallas arrived in Lisbon on Sunday.",
        `${description} will meet Portuguese Foreign Minister Rui Nogueira on Monday.`,
      ]);
      expect(together(found, "Marta Kallas", "Rui Nogueira"), description).toBe(false);
    }
  });
});
