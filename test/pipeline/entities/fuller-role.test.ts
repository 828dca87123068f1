// @vitest-environment node
// A person's described role: the most common title the articles give, but a bare office word
// ("Minister", "Secretary") gives way to the fuller title that contains it.
import { describe, expect, it } from "vitest";
import { fullerRole } from "../../../src/pipeline/entities/fuller-role";

describe("fullerRole", () => {
  it("takes the fuller title a bare office word stands for", () => {
    expect(fullerRole(["Minister", "Minister", "Minister", "Foreign Minister", null])).toBe(
      "Foreign Minister",
    );
    expect(fullerRole(["Secretary", "Secretary", "Secretary of State"])).toBe("Secretary of State");
  });

  it("of several fuller titles, takes the most common", () => {
    expect(
      fullerRole([
        "Minister",
        "Minister",
        "Minister",
        "Prime Minister",
        "Foreign Minister",
        "Foreign Minister",
      ]),
    ).toBe("Foreign Minister");
  });

  it("keeps the bare word when the fuller titles name another office", () => {
    expect(fullerRole(["Secretary", "Secretary", "Deputy Secretary", "Press Secretary"])).toBe(
      "Secretary",
    );
    expect(fullerRole(["Minister", "Minister", "Vice Minister"])).toBe("Minister");
  });

  it("leaves any other most common title as it is", () => {
    expect(fullerRole(["President", "President", "Vice President"])).toBe("President");
    expect(fullerRole([null, null])).toBeNull();
  });
});
