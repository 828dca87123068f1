// The countries a statement names, for telling two stories' events apart: those the reference
// data puts its place and country entities in ("Astana" -> Kazakhstan), less the home countries
// of the people it shares with the other statement (a Prime Minister's own country is named in
// every story of his travels), and always its location's. A place the reference data does not
// know adds none.

import { countryFromWord, namedRefs, officialById, placeCountry } from "../entities/reference";
import type { CandidateEvent } from "./types";

const countryOfEntity = new Map<string, string>(
  namedRefs.flatMap((r) =>
    (r.kind === "place" || r.kind === "country") && r.country ? [[r.id, r.country]] : [],
  ),
);

/** The countries the reference data puts these people in (people it does not know add none). */
export function countriesOfPeople(people: readonly string[]): Set<string> {
  return new Set(people.flatMap((p) => officialById.get(p)?.country ?? []));
}

export function statementCountries(c: CandidateEvent, shared: readonly string[]): Set<string> {
  const home = countriesOfPeople(shared);
  const out = new Set<string>();
  for (const id of c.entities) {
    const country = countryOfEntity.get(id);
    if (country && !home.has(country)) out.add(country);
  }
  const country = locationCountry(c);
  if (country) out.add(country);
  return out;
}

/** The country of the statement's location, when the reference data knows the place. */
export function locationCountry(c: CandidateEvent): string | null {
  return c.location ? (placeCountry.get(c.location) ?? countryFromWord(c.location)) : null;
}

// The names, lower-cased, of the organisations the reference data marks international
// (BRICS, ASEAN, the SCO): groupings of many countries.
const groupingNames = new Set(
  namedRefs.flatMap((r) =>
    r.kind === "organization" && r.international
      ? [r.name, ...r.aliases].map((n) => n.toLowerCase())
      : [],
  ),
);

// The same organisations by entity id.
const groupingIds = new Set(
  namedRefs.flatMap((r) => (r.kind === "organization" && r.international ? [r.id] : [])),
);
const countryIds = new Set(namedRefs.flatMap((r) => (r.kind === "country" ? [r.id] : [])));

/** Whether the event is a gathering named for a grouping of many countries ("the 16th BRICS
 * Summit", "the 17th ASEAN Summit"), however few of its people a statement names; or, with no
 * name of its own, one whose statement names such a grouping and no two countries ("the
 * ASEAN Summit next year"): that grouping's gathering, not two countries'. */
export function groupingGathering(c: CandidateEvent): boolean {
  const body = c.namedKey?.split(":").slice(2).join(":");
  if (body !== undefined) return groupingNames.has(body);
  return (
    c.entities.some((id) => groupingIds.has(id)) &&
    c.entities.filter((id) => countryIds.has(id)).length < 2
  );
}
