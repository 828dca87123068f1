// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  countSurfaces,
  readSurfaceCounts,
  storeSurfaceCounts,
  surfaceCountsOf,
  withAliases,
  type ArticleSurfaces,
} from "../../../src/pipeline/entities/surface-counts";

const one: ArticleSurfaces = [
  ["person-modi", "Modi"],
  ["person-modi", "Narendra Modi"],
];
const two: ArticleSurfaces = [
  ["person-modi", "Modi"],
  ["place-delhi", "New Delhi"],
];
const modi = {
  id: "person-modi",
  kind: "person" as const,
  name: "Narendra Modi",
  aliases: ["PM Modi"],
};

describe("entities' forms, counted", () => {
  it("gives each entity every form some article writes, never its own name, sorted", () => {
    const [entity] = withAliases([modi], surfaceCountsOf([one, two]));
    expect(entity?.aliases).toEqual(["Modi", "PM Modi"]);
  });

  it("keeps a form while any article still writes it, and drops it with the last", () => {
    const counts = surfaceCountsOf([one, two]);
    expect(countSurfaces(counts, [two], -1)).toBe(true);
    expect(withAliases([modi], counts)[0]?.aliases).toEqual(["Modi", "PM Modi"]);
    expect(countSurfaces(counts, [one], -1)).toBe(true);
    expect(withAliases([modi], counts)[0]?.aliases).toEqual(["PM Modi"]);
  });

  it("says when counting out finds a form the counts never held", () => {
    const counts = surfaceCountsOf([one]);
    expect(countSurfaces(counts, [two], -1)).toBe(false);
  });

  it("reads back as stored", () => {
    const counts = surfaceCountsOf([one, two, one]);
    expect(readSurfaceCounts(storeSurfaceCounts(counts))).toEqual(counts);
    expect(counts.get("person-modi")?.get("Modi")).toBe(3);
  });
});
