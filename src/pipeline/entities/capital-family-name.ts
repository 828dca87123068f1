// Japanese government releases (and some others) write a person's family name first and in
// capitals: "Foreign Minister MOTEGI Toshimitsu", "Mr. YOSHIDA Tomoyuki, Press Secretary".
// After a title, a word in capitals and one capitalised word that ends the name are the
// family and the given name; the person is named as the rest of the archive names them
// ("Toshimitsu Motegi"), the capitals kept in the mention's own text.

import { isStopWord, type NameMatch } from "./names";
import { isGivenName, shipPrefixes } from "./name-words";
import { countryFromWord } from "./reference";
import { referenceByAlias } from "./reference-hits";
import { titleCase } from "./title-case";

const SHIPS = new Set(shipPrefixes);

// The given name ends the name: no further capitalised word, and not a word cut at a dot.
const CAPITAL_FAMILY =
  /^[ \t]{1,2}(\p{Lu}{3,}(?:-\p{Lu}{2,})?)[ \t]+(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}'’-]|[ \t]+\p{Lu}|\.\p{L})/u;

export function capitalFamilyName(text: string, from: number): NameMatch | null {
  const m = CAPITAL_FAMILY.exec(text.slice(from, from + 80));
  const [whole, family, given] = [m?.[0], m?.[1], m?.[2]];
  if (!whole || !family || !given) return null;
  // An acronym, a ship's prefix, a country or a known body is not a family name.
  if (!isFamilyWord(family) || isStopWord(given)) return null;
  const word = titleCase(family);
  const start = from + whole.indexOf(family);
  return { start, end: from + whole.length, tokens: [given, word] };
}

// Some ministries write a foreign colleague's family name last and in capitals: "Minister of
// Foreign Affairs of Russia Sergey LAVROV". After a title, a lone given name followed by one
// word in capitals is the whole name, the family name read as the archive writes it.
const CAPITAL_SURNAME = /^[ \t]{1,2}(\p{Lu}{3,}(?:-\p{Lu}{2,})?)(?![\p{L}\p{N}'’-]|\.\p{L})/u;

export function withCapitalSurname(text: string, name: NameMatch): NameMatch {
  const given = name.tokens[0];
  if (name.tokens.length !== 1 || given === undefined || !isGivenName(given)) return name;
  const m = CAPITAL_SURNAME.exec(text.slice(name.end, name.end + 40));
  const [whole, family] = [m?.[0], m?.[1]];
  if (!whole || !family || !isFamilyWord(family)) return name;
  return { start: name.start, end: name.end + whole.length, tokens: [given, titleCase(family)] };
}

// An acronym, a ship's prefix, a country or a known body is not a family name.
function isFamilyWord(family: string): boolean {
  const word = titleCase(family);
  if (!/[AEIOUY]/.test(family) || SHIPS.has(family) || referenceByAlias(family)) return false;
  return !countryFromWord(word) && !isStopWord(word);
}
