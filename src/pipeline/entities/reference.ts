// Reference data (JSON under ../reference) in the shapes the finders use.

import countriesJson from "../reference/countries.json";
import officialsJson from "../reference/officials.json";
import organizationsJson from "../reference/organizations.json";
import placesJson from "../reference/places.json";
import programmesJson from "../reference/programmes.json";
import titlesJson from "../reference/titles.json";
import type { EntityKind } from "../../shared/schema";
import escapeRegExp from "escape-string-regexp";
import { slugify } from "../../shared/slug";

export type TitleRef = {
  pattern: string;
  role: string | null;
  caseSensitive: boolean;
  /** Set for offices only one country has ("Raksha Mantri", "Union Minister"). */
  country: string | null;
};
export type CountryRef = { name: string; adjectives: string[]; aliases: string[] };
export type OfficialRef = {
  id: string;
  name: string;
  aliases: string[];
  country: string;
  role: string;
};
export type NamedRef = {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  country: string | null;
  international: boolean;
};

// A title without a role of its own ("Secretary of National Defense") is its own role;
// "counterpart" names a relation, not a role.
const toTitle = (t: {
  pattern: string;
  role?: string;
  caseSensitive?: boolean;
  relational?: boolean;
  country?: string;
}): TitleRef => ({
  pattern: t.pattern,
  role: t.relational ? null : (t.role ?? ""),
  caseSensitive: t.caseSensitive ?? false,
  country: t.country ?? null,
});

export const officeTitles: TitleRef[] = titlesJson.offices.map(toTitle);
export const rankTitles: TitleRef[] = titlesJson.ranks.map(toTitle);
export const honorifics: TitleRef[] = titlesJson.honorifics.map(toTitle);
/**
 * Offices that serve the office named before them ("Secretary of Defense Spokesperson Cmdr.
 * X"): in such a run of titles the serving one is the person's own.
 */
export const servingRoles: ReadonlySet<string> = new Set(titlesJson.servingRoles);
/** Words after an office title and a hyphen for someone not yet in office ("-elect"). */
export const officeSuffixes: readonly string[] = titlesJson.officeSuffixes.words;
/** Office words in general ("minister", "envoy", "chairman"), not full titles. */
export const roleWords: readonly string[] = titlesJson.roleWords;
/** Office words an article may use alone for a fuller office ("Minister Kishida"). */
export const bareHeads: { words: readonly string[]; otherOffice: readonly string[] } =
  titlesJson.bareHeads;
/** Roles of a head of state or government ("President", "Emir", "Premier"). */
export const headOfStateRoles: ReadonlySet<string> = new Set(
  titlesJson.headsOfStateOrGovernment.roles,
);
export const countries: CountryRef[] = countriesJson;
export const officials: OfficialRef[] = officialsJson;

export const namedRefs: NamedRef[] = [
  ...organizationsJson.map((o) => ({ ...o, kind: "organization" as const })),
  ...placesJson.map((p) => ({
    id: `place-${slugify(p.name)}`,
    kind: "place" as const,
    name: p.name,
    aliases: p.aliases,
    country: p.country,
    international: false,
  })),
  ...countriesJson.map((c) => ({
    id: `country-${slugify(c.name)}`,
    kind: "country" as const,
    name: c.name,
    aliases: c.aliases,
    country: c.name,
    international: false,
  })),
  ...programmesJson.map((p) => ({
    ...p,
    kind: p.kind as EntityKind,
    country: null,
    international: false,
  })),
];

/** "Russian" / "Russia" / "Russia's" -> "Russia". */
export function countryFromWord(word: string): string | null {
  const w = word.replace(/['’]s$/, "");
  return countryByWord.get(w) ?? null;
}

const countryByWord = new Map<string, string>(
  countries.flatMap((c) => [c.name, ...c.adjectives, ...c.aliases].map((w) => [w, c.name])),
);

export const placeCountry = new Map<string, string>(
  placesJson.flatMap((p) => [p.name, ...p.aliases].map((n) => [n, p.country])),
);

const countryWordRegex = new RegExp(
  `(?<![\\w-])(?:${[...countryByWord.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?:['’]s)?(?![\\w-])`,
  "g",
);

// The same words, read only where they start at a given place (sticky: no scan of the rest).
const countryWordAt = new RegExp(countryWordRegex.source, "y");

/** The length of the country word or name that starts at `at` ("Federated States of
 * Micronesia", "Saudi Arabia", "Vietnamese"), with a possessive "'s"; 0 when none does. */
export function countryWordLength(text: string, at: number): number {
  countryWordAt.lastIndex = at;
  return countryWordAt.exec(text)?.[0].length ?? 0;
}

/** Country words in a phrase, multi-word ones included ("New Zealand's", "Sri Lanka"), in order. */
export function countryWordsIn(text: string): { at: number; country: string }[] {
  return [...text.matchAll(countryWordRegex)].flatMap((m) => {
    const country = countryFromWord(m[0]);
    return country ? [{ at: m.index, country }] : [];
  });
}

/** A listed official by id (the first listed, as `Array.find` would give): hits look theirs up. */
export const officialById = new Map<string, OfficialRef>();
for (const o of officials) if (!officialById.has(o.id)) officialById.set(o.id, o);
