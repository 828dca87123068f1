// Where the personal name after a title chain is: right after it, after the rest of an
// office phrase the list does not know, or with a title-like given name ("Gen").

import { capitalFamilyName, withCapitalSurname } from "./capital-family-name";
import { gluedName, nameAt, type NameMatch } from "./names";
import { isOfficeWord, officeTails } from "./office-tail";
import { findTitles, type TitleHit } from "./titles";
import { FAMILY_NAME_STOP_WORD } from "../rules/entity-cues";

// "Defence Minister Gen Tanaka": after a civil office, a bare "Gen" before a single name
// is the given name, not the rank (which is written "Gen." or "General" there).
export function givenNameGen(text: string, chain: TitleHit[], name: NameMatch): NameMatch | null {
  const last = chain[chain.length - 1];
  const office = chain.find((t) => t.kind === "office");
  if (!last || !office || text.slice(last.start, last.end) !== "Gen") return null;
  if (name.tokens.length !== 1 || !/Minister|Secretary/.test(office.role ?? "")) return null;
  return { start: last.start, end: name.end, tokens: ["Gen", ...name.tokens] };
}

export function directName(text: string, from: number): NameMatch | null {
  const plain = nameAt(text, from) ?? familyNameFirst(text, from);
  const name =
    (plain && withCapitalSurname(text, plain)) ??
    gluedName(text, from) ??
    capitalFamilyName(text, from);
  return name && name.start - from <= 2 ? name : null;
}

// An office the list only knows the head of: the name (two words at least, so that the
// office's own last word is not taken for a surname) follows the rest of the phrase. A word
// of the office phrase is never the name's first ("for Compact Negotiations Jane X" is no
// "Negotiations Jane X"); when a name would start on one, the name is the words after it
// ("Assistant Secretary for Human Rights Posner": Posner).
export function nameAfterOffice(text: string, from: number, titles: TitleHit[]): NameMatch | null {
  for (const length of officeTails(text, from)) {
    // A title inside the tail ("... of Malaysia General X") leads its own chain; one that owns
    // a body ("of the President's Office X") names no holder of its own.
    const inside = (t: TitleHit) =>
      t.start >= from && t.start < from + length && !/^['’]s\s/.test(text.slice(t.end));
    if (titles.some(inside)) continue;
    const name = directName(text, from + length);
    if (!name || name.tokens.length < 2) continue;
    const first = name.tokens[0] ?? "";
    if (!isOfficeWord(first)) return name;
    const after = directName(text, name.start + first.length);
    // "Minister of the Economy, Finance and Industrial and Digital Sovereignty, and ...": after
    // a list of portfolios its last item may be two words, the first an office word; the one
    // word left is that portfolio's, no surname.
    if (after && after.tokens.length === 1 && /,|\band\b/.test(text.slice(from, name.start)))
      continue;
    if (after) return after;
  }
  return null;
}

/** Whether the words hold a title followed by a name ("German Defence Minister Boris X"). */
export function namesTitledPerson(words: string): boolean {
  return findTitles(words).some((t) => directName(words, t.end) !== null);
}

// "Vice Premier He Lifeng": a family name that is a stop word elsewhere (rules/en/
// entity-cues.json, familyNameStopWords) starts the name when a given name follows it.
function familyNameFirst(text: string, from: number): NameMatch | null {
  FAMILY_NAME_STOP_WORD.lastIndex = from;
  const family = FAMILY_NAME_STOP_WORD.exec(text);
  if (!family) return null;
  const rest = nameAt(text, from + family[0].length);
  if (!rest || rest.tokens.length > 2) return null;
  const start = from + family[0].length - family[0].trimStart().length;
  return {
    start,
    end: rest.end,
    tokens: [family[0].replace(/^[,\s]+/, "").trim(), ...rest.tokens],
  };
}
