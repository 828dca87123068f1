// Tests that prove officials are found without the reference data must keep that premise:
// a later addition to officials.json would otherwise turn them into lookups silently.
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
