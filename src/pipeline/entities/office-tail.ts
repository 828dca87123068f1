// The rest of an office phrase that the title list does not know: "Director General" +
// " of Defence Procurement", "Secretary" + " (Maritime Affairs)", "Delegate General" +
// " for Armament", "Minister of State" + " at the Federal Foreign Office". The phrase ends where a personal name of two or more words begins.

import officeWords from "../reference/office-words.json";
import { startsPersonalName } from "./name-words";
import { countryWordLength, countryWordsIn, roleWords } from "./reference";

// Words that describe an office, never a person (reference/office-words.json); a tail may
// also hold one unknown word ("Procurement", "Armament") before the name starts.
const OFFICE_WORDS: ReadonlySet<string> = new Set([
  ...officeWords.services,
  ...officeWords.portfolios,
  ...officeWords.bodies,
  ...officeWords.stateNames,
]);

/** Possible lengths of an office tail starting at `from`, longest first (none: []). */
export function officeTails(text: string, from: number): number[] {
  const rest = text.slice(from);
  // "Minister of State (MoS) for External Affairs X": the office goes on after the bracket.
  const paren = /^\s*\([A-Z][^()]{1,60}\)/.exec(rest);
  if (paren) {
    const after = officeTails(text, from + paren[0].length).map((l) => l + paren[0].length);
    return [...after, paren[0].length];
  }
  // "Minister of Trade, Industry and Competition X": the portfolios listed after a comma.
  if (rest.startsWith(","))
    return longestFirst([
      ...serviceAfterComma(rest),
      ...tailWords(rest, /^,\s+/.exec(rest)?.[0].length ?? 0, false, true),
    ]);
  // "Minister of State" + " at the Federal Foreign Office".
  // "Consul General" + " in Durban": the post's city.
  // "Ambassador" + " to the Kingdom": after "to" only a country or office word (never
  // "introduced the Prime Minister to Vladimir Putin").
  // "Minister of Defence" + " and Military Veterans": the portfolio list goes on.
  const and = /^\s+and\s+/.exec(rest);
  if (and) return tailWords(rest, and[0].length, false, true);
  const m = /^\s+(?:of|for|at|in|to)\s+(?:the\s+)?/.exec(rest);
  if (!m) return [];
  return tailWords(rest, m[0].length, /^\s+to\s/.test(m[0]), false);
}

function longestFirst(ends: number[]): number[] {
  return [...new Set(ends)].sort((a, b) => b - a);
}

// The office and country words (and one unknown word, or one per list item) from `at` on.
function tailWords(rest: string, start: number, to: boolean, listedBefore: boolean): number[] {
  const ends: number[] = [];
  let at = start;
  let unknown = 0;
  let listed = listedBefore;
  for (;;) {
    // "of the Far East and Arctic", "Ports, Shipping and Waterways": connectors and lists;
    // "of the US Embassy in Saudi Arabia": the post's place.
    at += /^(?:of|for|on|to|in)\s+(?:the\s+)?/.exec(rest.slice(at))?.[0].length ?? 0;
    const word = wordAt(rest, at);
    if (!word) break;
    const bare = word.text.replace(/['’]s$/, "");
    // "Minister for conservation Maggie Barry": a portfolio the page wrote in lower case.
    const lower = /^[a-z]/.test(bare);
    const known = lower
      ? OFFICE_WORDS.has(bare.charAt(0).toUpperCase() + bare.slice(1))
      : word.country || OFFICE_WORDS.has(bare) || isCountryWord(bare);
    if (lower && !known) break;
    if (to && ends.length === 0 && !known) break;
    if (!known && unknown > 0 && !listed) break;
    // "... Commission Moussa Faki Mahamat": after a body's name a given name starts the person,
    // and so does a family name written first ("... for National Security Teo Chee Hean").
    if (!known && ends.length > 0 && startsPersonalName(bare)) break;
    if (!known) unknown++;
    listed = /,|\band\b/.test(word.gap);
    at += word.text.length + word.gap.length;
    // "... Cooperation (FSMTC) Vladimir Drozhzhov": the body's acronym closes the office.
    at += /^\([A-Z][A-Za-z&.-]{1,12}\)\s+/.exec(rest.slice(at))?.[0].length ?? 0;
    ends.push(at);
    // A possessive ends the office ("the Minister's aide X"), unless an office word it owns
    // follows ("Chairman of the Vietnamese President's Office X").
    if (bare !== word.text && !OFFICE_WORDS.has(WORD.exec(rest.slice(at))?.[1] ?? "")) break;
  }
  return ends.reverse();
}

// The word at `at` and the gap after it (a comma, "and", spaces); a country's name is one
// word however many it has ("of the Federated States of Micronesia", "in Saudi Arabia"), so
// that its words are not counted as unknown ones.
function wordAt(rest: string, at: number): { text: string; gap: string; country: boolean } | null {
  const country = countryWordLength(rest, at);
  const text =
    country > 0 ? rest.slice(at, at + country) : /^[A-Za-z][\w'’-]*/.exec(rest.slice(at))?.[0];
  const gap = text && /^,?\s+(?:and\s+)?/.exec(rest.slice(at + text.length))?.[0];
  return text && gap ? { text, gap, country: country > 0 } : null;
}

// "Chief of the Air Staff, Pakistan Air Force X": the service named after a comma, in
// office words and country words only.
function serviceAfterComma(rest: string): number[] {
  const ends: number[] = [];
  let at = /^,\s+/.exec(rest)?.[0].length ?? 0;
  for (let word = WORD.exec(rest.slice(at)); word?.[1]; word = WORD.exec(rest.slice(at))) {
    if (!OFFICE_WORDS.has(word[1]) && !isCountryWord(word[1])) break;
    at += word[0].length;
    ends.push(at);
  }
  return at > 0 ? ends.reverse() : [];
}

const WORD = /^([A-Z][\w'’-]*)\s+/;

function isCountryWord(word: string): boolean {
  return countryWordsIn(word).length > 0 || /^(?:Sri|New|South|North|Saudi)$/.test(word);
}

/** Whether a capitalised word is one of an office phrase's words ("Rights", "Defence"). */
export function isOfficeWord(word: string): boolean {
  return OFFICE_WORDS.has(word);
}

const ROLE_NOUNS: ReadonlySet<string> = new Set(roleWords.filter((w) => !/[\s-]/.test(w)));

/** Whether a single word read as the name after a title is rather part of the office: an
 * office word ("Deputy Minister of Trade, Industry and ..."; "... of the Russian Far East
 * ..."), a word before one ("Minister of Finance, Corporate Affairs and ..."), or a role noun
 * with its "of" or "for" ("The Deputy Representative of the Secretary-General", "Chief
 * Negotiator for the Accord"). */
export function officeWordAsName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(word)) return false;
  if (OFFICE_WORDS.has(word)) return true;
  const next = /^ (\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(end))?.[1];
  if (next && OFFICE_WORDS.has(next)) return true;
  return ROLE_NOUNS.has(word.toLowerCase()) && /^\s+(?:of|for)\s/.test(text.slice(end));
}
