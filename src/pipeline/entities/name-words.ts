// Word lists about personal names (reference/name-words.json and given-names.json), in the
// shapes the finders use. Given-name lookups ignore case and diacritics.

import givenNames from "../reference/given-names.json";
import nameWords from "../reference/name-words.json";
import { stripDiacritics } from "../../shared/slug";

/** Prefixes of ships' names ("INS Vikrant", "USS Ronald Reagan"): never initials. */
export const shipPrefixes: string[] = nameWords.shipPrefixes;

const notInNames = new Set(nameWords.notInPersonalNames);

/** Words that end a place's, a body's or a thing's name, never a person's ("Street", "Prize"). */
export function isNeverInPersonalName(word: string): boolean {
  return notInNames.has(word);
}

const neverNames = new Set(nameWords.neverPersonalNameWords);

/** Capitalised words no personal name holds at all, at any place: a ministry's short name
 * ("Spokesperson, Mofa Pakistan"), a word of an office ("Minister Responsible for Defence
 * Affairs"), a page's credit line ("... President Sarkozy Online by ..."). */
export function isNeverAName(word: string): boolean {
  return neverNames.has(word);
}

const stopWords = new Set(nameWords.nameStopWords);

/** Capitalised words that end or interrupt a personal name in news copy: function words,
 * days and months, office and body words ("The", "Monday", "Minister", "Commission"). */
export function isNameStopWord(word: string): boolean {
  return stopWords.has(word);
}

/** Lower-case particles inside a personal name ("da Silva", "bin Salman", "van der Berg"),
 * as a regular-expression alternation. */
export const NAME_PARTICLES: string = nameWords.nameParticles.join("|");
/** "Sabah Al Ahmad Al Jaber Al Sabah": capitalised particles that link the parts of an Arabic
 * name's chain, read like the lower-case ones between its words. */
export const CHAIN_PARTICLES: string = nameWords.chainParticlesCapitalised.join("|");
/** Capitalised family particles ("De", "Da", "Van"), as an alternation. */
export const FAMILY_PARTICLES: string = nameWords.familyParticlesCapitalised.join("|");

const lineage = new Set(nameWords.lineageParticles);
const chainLinks = new Set(nameWords.chainParticlesCapitalised.map((w) => w.toLowerCase()));
const CHAIN_LINK_GLUED = new RegExp(`^(?:${CHAIN_PARTICLES})[-\u2010\u2011](?=\\p{L})`, "iu");

/** The father's name an Arabic or Malay name writes after its given name: the word after
 * "bin", "ibn" or "bint" ("Abdullah bin Bandar bin Abdulaziz": Bandar), or the first link of
 * an "Al" chain that has more of the name after it ("Sabah Al-Khaled Al-Hamad Al-Sabah":
 * Khaled; not "Saud Al-Faisal", where the link is the family name). Null when none is written. */
export function fatherWritten(tokens: string[]): string | null {
  for (let i = 1; i < tokens.length - 1; i++) {
    const word = tokens[i] ?? "";
    const lower = word.toLowerCase();
    if (lineage.has(lower)) return tokens[i + 1] ?? null;
    if (chainLinks.has(lower)) return i + 2 < tokens.length ? (tokens[i + 1] ?? null) : null;
    const glued = CHAIN_LINK_GLUED.exec(word);
    if (glued) return word.slice(glued[0].length);
  }
  return null;
}

const bodyHeads = new Set(nameWords.bodyHeads);

/** Head words of a body's or an office's name ("Baltic Fleet", "Western Naval Command",
 * "Warship Production"): capitalised words joined to one name that body, not a person. */
export function isBodyHead(word: string): boolean {
  return bodyHeads.has(word);
}

const fold = (word: string) => stripDiacritics(word).toLowerCase();
const given = new Set(Object.values(givenNames.given).flat().map(fold));
const familyFirst = new Set(Object.values(givenNames.familyNameFirst).flat().map(fold));

/** A common given name ("Elena", "Dmitri", "Tariq"; "Jean-Yves" or its first part). */
export function isGivenName(word: string): boolean {
  const key = fold(word);
  return given.has(key) || given.has(key.split("-")[0] ?? "");
}

/** A word a personal name commonly starts with: a given name, or a family name that Chinese,
 * Korean and Vietnamese names put first ("Yang", "Park", "Nguyen"). */
export function startsPersonalName(word: string): boolean {
  return isGivenName(word) || familyFirst.has(fold(word));
}

const calledByFamilyIn = new Set(givenNames.familyNameCalledIn.countries);
const leadingFamily = new Set(
  [...givenNames.familyNameFirst.chinese, ...givenNames.familyNameFirst.korean].map(fold),
);
const particles = new Set(nameWords.nameParticles);

/** A lower-case particle of reference/name-words.json ("bin", "al", "del"). */
export function isNameParticle(word: string): boolean {
  return particles.has(word);
}

/** What a headline calls a person by: the family name with its particles ("Putin", "von der
 * Leyen", "da Silva"), or the family name written first where that country's officials are
 * called by it ("Xi" for Xi Jinping of China, "Moon" for Moon Jae-in of South Korea). */
export function familyNameOf(name: string, country: string | null | undefined): string {
  const tokens = name.split(" ");
  const first = tokens[0] ?? name;
  if (
    tokens.length > 1 &&
    leadingFamily.has(fold(first)) &&
    ((country && calledByFamilyIn.has(country)) || koreanGivenName(tokens))
  )
    return first;
  let from = tokens.length - 1;
  while (from > 1 && isFamilyParticle(tokens[from - 1] ?? "")) from--;
  return tokens.slice(from).join(" ") || name;
}

// A romanised Korean given name is two syllables joined by a hyphen, the second in lower case
// ("Tae-yong", "Jae-in"); Western hyphenated given names capitalise both parts ("Jean-Yves").
// After a family name written first it tells the name's order when no country is known.
const KOREAN_GIVEN = /^[A-Z][a-z]+-[a-z]+$/;
const koreanGivenName = (tokens: string[]) =>
  tokens.length === 2 && KOREAN_GIVEN.test(tokens[1] ?? "");

const capitalisedParticles = new Set(nameWords.familyParticlesCapitalised);

// "Jean-Yves Le Drian", "Chris Van Hollen": particles some families write capitalised.
const isFamilyParticle = (word: string) => particles.has(word) || capitalisedParticles.has(word);
