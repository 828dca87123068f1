// What two person names are compared by (surname key, given names, first word), worked out
// once per written name: a cluster's names are weighed against every hit of their surname,
// and redoing the keys per pair was most of the reduce's person clustering.

import { distance } from "fastest-levenshtein";
import { nameTokenKey } from "./normalise";
import { NAME_SUFFIX } from "../rules/entity-cues";
import { fatherWritten } from "./name-words";

export type NameForm = {
  tokens: string[];
  /** Two words or more once a generation mark is dropped: only such names can agree. */
  long: boolean;
  surname: string;
  /** Keys of the given names written in full (not initials). */
  given: string[];
  first: string;
  firstKey: string;
  /** Key of the father's name the name writes ("bin Bandar"), or null. */
  father: string | null;
};

// "Ferdinand Marcos Jr", "Lloyd J Austin III", "Felipe VI": the generation mark or the
// regnal number is not the surname (rules/en/entity-cues.json).
const GENERATION = NAME_SUFFIX;
export function withoutSuffix(tokens: string[]): string[] {
  let end = tokens.length;
  while (end > 1 && GENERATION.test(tokens[end - 1] ?? "")) end--;
  return end === tokens.length ? tokens : tokens.slice(0, end);
}

// "Frank-Walter Steinmeier" and "Frank Walter Steinmeier": a hyphenated given name is the
// same given names written as one word, so its parts are compared one by one.
const givenParts = (token: string): string[] => token.split(/[-‐‑](?=\p{Lu})/u);

export function nameForm(tokens: string[]): NameForm {
  const name = withoutSuffix(tokens);
  const first = givenParts(tokens[0] ?? "")[0] ?? "";
  return {
    tokens,
    long: name.length >= 2,
    surname: nameTokenKey(name[name.length - 1] ?? ""),
    given: name
      .slice(0, -1)
      .flatMap(givenParts)
      .filter((t) => t.length > 1)
      .map(nameTokenKey),
    first,
    firstKey: nameTokenKey(first),
    father: fatherOf(name),
  };
}

const fatherOf = (name: string[]): string | null => {
  const father = fatherWritten(name);
  return father === null ? null : nameTokenKey(father);
};

/** Same surname and given names that agree: equal, initial of each other, or one missing. */
export function formsCompatible(a: NameForm, b: NameForm): boolean {
  if (!a.long || !b.long || a.surname !== b.surname) return false;
  // "Abdullah bin Abdulaziz" and "Abdullah bin Bandar bin Abdulaziz", "Sabah Al-Khaled
  // Al-Hamad Al-Sabah" and "Sabah Al Ahmad Al Sabah": a son of another father is another
  // person, however his given name and family name agree.
  if (a.father !== null && b.father !== null && !fathersAgree(a.father, b.father)) return false;
  // "R Hari Kumar" and "Rajiv Kumar": an initial may stand for Rajiv, but the full given
  // names written (Hari, Rajiv) disagree.
  if (
    a.given.length > 0 &&
    b.given.length > 0 &&
    !a.given.some((g) => b.given.some((h) => sameGivenKey(g, h)))
  )
    return false;
  if (a.first.length === 1 || b.first.length === 1) return a.first[0] === b.first[0];
  return sameGivenKey(a.firstKey, b.firstKey) || firstSpeltApart(a, b);
}

// "bin Abdulaziz" and "bin Abdelaziz" are one name spelt two ways; "bin Abdul Aziz" writes its
// first part as a word of its own.
function fathersAgree(x: string, y: string): boolean {
  return sameGivenKey(x, y) || x.startsWith(y) || y.startsWith(x);
}

// "Pham Binh Minh" and "Phan Binh Minh": in a name of three words or more whose other words
// are written alike, a first word of four letters spelt a letter apart (same first letter) is
// a slip, not another person; two-word names need five letters ("Anna" and "Anya" differ).
function firstSpeltApart(a: NameForm, b: NameForm): boolean {
  const [x = "", ...restA] = a.given;
  const [y = "", ...restB] = b.given;
  if (restA.length === 0 || restA.length !== restB.length) return false;
  if (!restA.every((g, i) => g === restB[i])) return false;
  return x.charAt(0) === y.charAt(0) && Math.min(x.length, y.length) >= 4 && distance(x, y) <= 1;
}

// "Shergei Shoigu" and "Sergei Shoigu": a given name of five letters or more misspelt by one
// letter (added, dropped or changed) beside the same surname is the same name; so is one with
// two letters after the first swapped, a slip of typing ("Rajanth" for "Rajnath", "Moa" for
// "Mao"; "Amy" and "May" differ in their first letter).
export function sameGivenKey(x: string, y: string): boolean {
  if (x === y || lettersSwapped(x, y)) return true;
  return Math.min(x.length, y.length) >= 5 && distance(x, y) <= 1;
}

function lettersSwapped(x: string, y: string): boolean {
  if (x.length !== y.length || x.length < 3 || x.charAt(0) !== y.charAt(0)) return false;
  let at = 1;
  while (at < x.length && x.charAt(at) === y.charAt(at)) at++;
  return (
    at < x.length - 1 &&
    x.charAt(at) === y.charAt(at + 1) &&
    x.charAt(at + 1) === y.charAt(at) &&
    x.slice(at + 2) === y.slice(at + 2)
  );
}
