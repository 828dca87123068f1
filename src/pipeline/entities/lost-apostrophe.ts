// "Russian President Vladimir Putins visit to Delhi": a page that lost its apostrophes (a
// typographic one dropped when the text was taken) writes a possessive as the name with an
// "s". Before a lower-case word, a name that is another person's of the article, or a listed
// official's, with an "s" added is that name's possessive. A full name must be that person's
// whole name ("Vladimir Putins" beside "Vladimir Putin"): a surname alone would turn "Serena
// Williams said" into a Williams beside a "Prince William" of the same story.

import { matchOfficial } from "./untitled-people";
import type { PersonHit } from "./types";

const ENDS_IN_S = /^\p{Lu}\p{Ll}+[^s]s$/u;
const LOWER_WORD_AFTER = /^\s+\p{Ll}/u;

/** Drops the "s" of such possessives from the hits, in place. */
export function dropLostApostrophes(people: PersonHit[], paragraphs: string[]): void {
  // A one-word mention is any person's surname; a longer one, a person's whole name.
  const surnames = new Set(people.map((p) => p.tokens[p.tokens.length - 1] ?? ""));
  const names = new Set(people.map((p) => p.tokens.join(" ")));
  const told = (tokens: string[]) =>
    tokens.length === 1 ? surnames.has(tokens[0] ?? "") : names.has(tokens.join(" "));
  for (const hit of people) {
    const last = hit.tokens[hit.tokens.length - 1] ?? "";
    if (!ENDS_IN_S.test(last)) continue;
    const text = paragraphs[hit.paragraph] ?? "";
    if (text.slice(hit.end - 1, hit.end) !== "s") continue;
    if (!LOWER_WORD_AFTER.test(text.slice(hit.end, hit.end + 3))) continue;
    const tokens = [...hit.tokens.slice(0, -1), last.slice(0, -1)];
    const official = matchOfficial(tokens);
    if (!told(tokens) && !official) continue;
    hit.tokens = tokens;
    hit.end -= 1;
    hit.surface = hit.surface.slice(0, -1);
    if (official) hit.refId = official.id;
  }
}
