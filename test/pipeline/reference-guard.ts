// Tests that prove officials are found without the reference data must keep that premise:
// a later addition to officials.json would otherwise turn them into lookups silently.
import { expect, it } from "vitest";
import { namesCompatible } from "../../src/pipeline/entities/person-clusters";
import { officials } from "../../src/pipeline/entities/reference";

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/** The names among these that the reference list of officials knows. */
export function knownToReference(names: string[]): string[] {
  return names.filter((name) =>
    officials.some((o) =>
      [o.name, ...o.aliases].some(
        (alias) =>
          fold(alias) === fold(name) || namesCompatible(alias.split(/\s+/), name.split(/\s+/)),
      ),
    ),
  );
}

/** The test that keeps that premise: none of these people, whom a test's written sentences
 * name, is known to the reference data. */
export function itIsAboutPeopleTheReferenceDoesNotList(names: string[]): void {
  it("is about people the reference data does not list", () => {
    expect(knownToReference(names)).toEqual([]);
  });
}
