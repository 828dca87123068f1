// @vitest-environment node
// "spokesman Lt. Luka Bakic": a lieutenant's short rank, with its full stop, before a name.
// The longer ranks that start the same way keep their own reading.
import { describe, expect, it } from "vitest";
import { findTitles } from "../../../src/pipeline/entities/titles";
import { knownToReference } from "../reference-guard";
import { peopleIn } from "./people-of";

const titlesIn = (text: string) => findTitles(text).map((t) => text.slice(t.start, t.end));

describe("Lt. before a name", () => {
  it("is about names the reference data does not list", () => {
    expect(knownToReference(["Marko Lenic"])).toEqual([]);
  });

  it("is a rank, and Lt. Gen. and Lt. Cdr. stay whole", () => {
    expect(titlesIn("spokesman Lt. Marko Lenic")).toContain("Lt.");
    expect(titlesIn("Lt. Gen. Ivan Sokolov")).toEqual(["Lt. Gen."]);
    expect(titlesIn("Lt. Cdr. Ivan Sokolov")).toEqual(["Lt. Cdr."]);
  });

  it("finds the person named after it", () => {
    const people = peopleIn([
      "The training runs until Feb. 27, 7th Fleet spokesman Lt. Marko Lenic told reporters by email Tuesday.",
    ]);
    expect(people.map((p) => p.name)).toContain("Marko Lenic");
  });
});
