// Personal-name sequences: capitalised tokens and initials, with the words that end them.

import { countryFromWord } from "./reference";
import { referenceByAlias } from "./reference-hits";
import {
  GENERATION_AFTER,
  HEADLINE_VERBS,
  MODIFIER_TAIL,
  NAME_NUMBER_AFTER,
  TITLE_HEAD,
} from "../rules/entity-cues";
import {
  CHAIN_PARTICLES,
  FAMILY_PARTICLES,
  isBodyHead,
  isGivenName,
  isNeverAName,
  isNameStopWord,
  NAME_PARTICLES,
  isNeverInPersonalName,
  shipPrefixes,
  startsPersonalName,
} from "./name-words";

const SHIP_PREFIXES = new Set(shipPrefixes);

// Letters of any script ("Yaşar Güler", "Władysław"): the regexes below use the u flag.
// "AK Antony", "Lt Gen MS Buttar": two or three capitals before a name are initials written
// together (an acronym there is sorted out in nameAt). "McDonald", "LeCourtier": a short
// capitalised prefix joined to the rest of a surname. "Mataʻafa": Polynesian names join their
// parts with an apostrophe or the ʻokina (a modifier letter, not a lower-case one). An
// initial may stand before a particle ("Albert F. del Rosario"). A word before "'t" is a
// verb's contraction, never a name ("Minister Won't Attend" in a headline).
const TOKEN = String.raw`(?:\p{Lu}\.(?=\s*(?:(?:${NAME_PARTICLES})\s+)?\p{Lu})|\p{Lu}{2,3}(?=\s+\p{Lu}\p{Ll})|(?:al|el|bin|ibn|abu|ben)-\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}{1,2}\p{Lu}\p{Ll}{2,}(?!\p{L})|\p{Lu}\p{Ll}*(?:[-'’ʻ]\p{L}\p{Ll}+)*(?!\p{L})(?!['’]t(?!\p{L}))|\p{Lu}\.)`;
// "Maria Da Conceicao De Souza Pilar": a capitalised family particle links the name's parts
// like a lower-case one, so it does not count towards the name's five words.
const PARTICLE = `(?:${NAME_PARTICLES}|${CHAIN_PARTICLES}|${FAMILY_PARTICLES})`;
// "Gen. Michael “Erik” Kurilla": a quoted nickname between the names is part of the
// written name but not one of its tokens.
const NICKNAME = String.raw`\s+[“"‘]\p{Lu}[\p{L}.'’-]*[”"’]\s+`;
const NAME_AT = new RegExp(
  String.raw`(?:,\s*|\s+)?(${TOKEN}(?:(?:${NICKNAME}|\s+#?|(?<=\p{Lu}\.)(?=\p{Lu}))(?:${PARTICLE}\s+){0,2}${TOKEN}){0,4})`,
  "yu",
);

const MONTH_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

export type NameMatch = { start: number; end: number; tokens: string[] };

/** The name starting at `from` (after optional comma/space), or null. */
export function nameAt(text: string, from: number): NameMatch | null {
  NAME_AT.lastIndex = from;
  const m = NAME_AT.exec(text);
  const raw = m?.[1];
  if (!m || raw === undefined) return null;
  const rawStart = m.index + m[0].length - raw.length;
  // "V.K. Singh": initials written together are still one token each.
  // "Sergey #Lavrov" in a quoted post: the hashtag mark is not part of the surname.
  const parts = nameParts(raw);
  let kept = 0;
  for (const [i, part] of parts.entries()) {
    // "UN Secretary", "INS Vikrant", "US envoy": an acronym, not initials, ends the name.
    if (isAcronymInitials(part[0]) && (kept > 0 || isAcronym(part[0]))) break;
    const month = MONTH_ABBREVIATION.test(part[0]);
    // "Dong Jun", "Theresa May": a month word after a given name is a name, unless a day follows;
    // "Jan Christian Kaack": so is one before a name.
    // The day may lie past the match itself: "Minister Kishi Nobuo Jan. 6".
    const day = /^\.?\s*\d/.test(text.slice(rawStart + (part.index ?? 0) + part[0].length));
    const next = parts[i + 1]?.[0];
    const given = kept === 0 && next !== undefined && !isStopWord(next);
    if (isStopWord(part[0]) && !(month && !day && (kept > 0 || given))) break;
    kept++;
  }
  // Drop trailing particles or initials: a name ends on a full word, except for the
  // family initial South Indian names write last ("Vice Admiral Ajit Kumar P, Flag Officer").
  while (kept > 0 && !isFullNameToken(parts[kept - 1]?.[0] ?? "")) {
    if (kept >= 3 && trailingInitial(text, rawStart, parts, kept)) break;
    kept--;
  }
  if (kept === 0) return null;
  const last = parts[kept - 1];
  if (!last) return null;
  let end = rawStart + (last.index ?? 0) + last[0].length;
  // "King Felipe VI", "Lloyd J. Austin III": a regnal or generation number after a full
  // word is the end of the name (rules/en/entity-cues.json, nameNumbers).
  // "Gilberto Teodoro, Jr.": so is a generation mark after a comma, though the written name
  // (the mention's span, its surface) ends before the comma.
  const after = text.slice(end, end + 8);
  const number = isFullNameToken(last[0])
    ? (NAME_NUMBER_AFTER.exec(after) ?? GENERATION_AFTER.exec(after))
    : null;
  if (number?.[1] !== undefined && !number[0].startsWith(",")) end += number[0].length;
  // "Commander Baltic Fleet", "Controller Warship Production": the words run on into a
  // body's head word, so they name the body, not a person.
  if (/^ \p{Lu}/u.test(text.slice(end, end + 2)) && isBodyHead(nextWord(text, end + 1)))
    return null;
  // "King Khalid International Airport", "Winfield House": a place named after someone.
  if (runsIntoPlaceName(text, end)) return null;
  const tokens = parts
    .slice(0, kept)
    .flatMap((p) => (isAcronymInitials(p[0]) ? [...p[0]] : [p[0]]));
  if (number?.[1] !== undefined) tokens.push(number[1]);
  // "Tonga, Cook Islands Prime Minister ...": a country's name of several words is no one's.
  if (kept > 1 && countryFromWord(text.slice(rawStart, end)) !== null) return null;
  // "General Secretary of Vietnam Communist Party": words ending in a body's head word and not
  // led by a personal name name the body ("Robert Gates", "Samantha Power" are people).
  if (
    kept > 1 &&
    isNeverInPersonalName(tokens.at(-1) ?? "") &&
    !startsPersonalName(tokens[0] ?? "")
  )
    return null;
  return { start: rawStart, end, tokens };
}

// An initial written together with the next one, or a word without its hashtag mark.
const NAME_PART = /\p{Lu}\.(?=\p{Lu})|[^\s#]\S*/gu;
const QUOTE_MARKS = new Set(["“", '"', "‘"]);

/** The parts of a raw name, without a quoted nickname's. One regex and a plain loop: nameAt
 * runs for every capitalised word, and matchAll would build a regex for every call. */
function nameParts(raw: string): RegExpExecArray[] {
  const parts: RegExpExecArray[] = [];
  NAME_PART.lastIndex = 0;
  for (let m = NAME_PART.exec(raw); m !== null; m = NAME_PART.exec(raw))
    if (!QUOTE_MARKS.has(m[0].charAt(0))) parts.push(m);
  return parts;
}

// Capitalised words right after a name, up to a punctuation mark or a lower-case word.
const CAPITALISED_AFTER = /^(?: \p{Lu}[\p{L}'’-]*){1,4}/u;

/** Whether the capitalised words right after a name's end, stop words ("Air", "International")
 * then a word that ends a place's or a body's name ("Station", "Airport", "House"), make the
 * name that place's first words: "Indira Gandhi International Airport", "Winfield House",
 * "Wallace Air Station". */
export function runsIntoPlaceName(text: string, end: number): boolean {
  const words =
    CAPITALISED_AFTER.exec(text.slice(end, end + 60))?.[0]
      .trim()
      .split(" ") ?? [];
  for (const word of words) {
    if (isNeverInPersonalName(word)) return true;
    if (!isStopWord(word)) return false;
  }
  return false;
}

function nextWord(text: string, from: number): string {
  return /^[\p{L}'’-]+/u.exec(text.slice(from, from + 40))?.[0] ?? "";
}

// A one-letter initial after two full words, with a comma right after it.
function trailingInitial(
  text: string,
  rawStart: number,
  parts: RegExpExecArray[] | RegExpMatchArray[],
  kept: number,
): boolean {
  const last = parts[kept - 1];
  if (!last || !/^\p{Lu}$/u.test(last[0])) return false;
  if (!parts.slice(kept - 3, kept - 1).every((p) => isFullNameToken(p[0]))) return false;
  return text.charAt(rawStart + (last.index ?? 0) + 1) === ",";
}

function isAcronymInitials(token: string): boolean {
  return /^\p{Lu}{2,3}$/u.test(token);
}

// Capitals that are a country, a body or a ship's prefix rather than someone's initials.
function isAcronym(token: string): boolean {
  return (
    countryFromWord(token) !== null ||
    referenceByAlias(token) !== undefined ||
    SHIP_PREFIXES.has(token)
  );
}

// "Senator AnnaHolt": a given name and a surname run together when a page lost the space
// between them (as text taken from PDFs often does); "McDonald", "DeSantis" are no such pair.
const GLUED = /(?:,\s*|\s+)?(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])/uy;

const FAMILY_AFTER = /^ (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/u;

/** A two-word name written without the space between its words, starting at `from`. */
export function gluedName(text: string, from: number): NameMatch | null {
  GLUED.lastIndex = from;
  const m = GLUED.exec(text);
  const [given, surname] = [m?.[1], m?.[2]];
  if (!m || !given || !surname || !isGivenName(given) || isStopWord(surname)) return null;
  const end = m.index + m[0].length;
  const start = end - given.length - surname.length;
  // "Ambassador MaryKay Carlson": a family name after the pair makes the pair one given name
  // written as one word, not two names run together.
  const family = FAMILY_AFTER.exec(text.slice(end, end + 40))?.[1];
  if (family !== undefined && !isStopWord(family))
    return { start, end: end + family.length + 1, tokens: [given + surname, family] };
  return { start, end, tokens: [given, surname] };
}

export function isStopWord(token: string): boolean {
  const word = token.replace(/\.$/, "");
  return (
    isNameStopWord(word) ||
    isNeverAName(word) ||
    HEADLINE_VERBS.has(word) ||
    countryFromWord(token) !== null ||
    isModifierCompound(word)
  );
}

// "Director General-level talks", "Minister-led team": an adjective built from a title or
// an office, never a surname. Only title heads count: "Jan-Erik" and "May-Britt" are names.
// The parts: rules/en/entity-cues.json (compoundModifiers).
function isModifierCompound(word: string): boolean {
  const parts = word.split(/[-‐‑]/);
  if (parts.length < 2) return false;
  return MODIFIER_TAIL.test(parts[parts.length - 1] ?? "") || TITLE_HEAD.test(parts[0] ?? "");
}

export function isFullNameToken(token: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(token) || /^\p{L}\p{Ll}*[-'’]\p{L}\p{Ll}+/u.test(token);
}

// A bare "-ich" only in a word long enough to be one ("Ilyich", "Kuzmich"), not "Lich".
const PATRONYMIC =
  /(?:ovich|evich|ovna|evna|yevich|ievich|ovych|yovych|ichna|^\p{Lu}\p{Ll}{3,}ich)$/u;

/** Given-name-first order: "Dylevsky Igor Nikolayevich" -> ["Igor", "Nikolayevich", "Dylevsky"]. */
export function givenFirst(tokens: string[]): string[] {
  const last = tokens[tokens.length - 1] ?? "";
  const first = tokens[0] ?? "";
  // With only an initial for the given name the written order is kept: it cannot be rebuilt.
  if (
    tokens.length >= 3 &&
    PATRONYMIC.test(last) &&
    !PATRONYMIC.test(first) &&
    (tokens[1]?.length ?? 0) > 1
  )
    return [...tokens.slice(1), first];
  return tokens;
}

export function isPatronymic(token: string): boolean {
  return PATRONYMIC.test(token);
}
