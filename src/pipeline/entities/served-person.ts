// "Erdogan's spokesman Ibrahim Kalin", "Mr Trump's press secretary, Sean Spicer,": an office
// held for a person the story names is held in that person's government, so the aide has the
// country that person's own words (or the reference list) give them.

import { officialById } from "./reference";
import { nameTokenKey } from "./normalise";
import { findTitles } from "./titles";
import type { PersonHit } from "./types";

// Words that may stand before the office itself: "Trump's top trade adviser".
const OFFICE_LEAD = /^(?:(?:deputy|senior|top|chief|acting|then|former|longtime|own)\s+)*$/i;

/** Gives each titled person with no country the country of the person whose office they hold. */
export function shareServedCountry(people: PersonHit[], paragraphs: string[]): void {
  for (const p of people) {
    if (p.country || !(p.role || p.rank)) continue;
    const text = paragraphs[p.paragraph] ?? "";
    const served = servedBefore(text.slice(Math.max(0, p.start - 80), p.start));
    if (!served) continue;
    const owner = nameTokenKey(served);
    p.country = ownerCountry(people, p, owner);
  }
}

// "Erdogan's spokesman ", "Mr Trump's press secretary, ": the owner's word before the
// possessive, then up to four words of one office up to the name (a comma may close them).
function servedBefore(before: string): string | null {
  const at = Math.max(before.lastIndexOf("'s "), before.lastIndexOf("’s "));
  if (at < 0) return null;
  const owner =
    before
      .slice(0, at)
      .split(/[^\p{L}-]/u)
      .at(-1) ?? "";
  let words = before.slice(at + 3).trimEnd();
  if (words.endsWith(",")) words = words.slice(0, -1);
  const list = words.split(" ");
  if (!/^\p{Lu}/u.test(owner) || list.length > 4) return null;
  if (!list.every((w) => /^[\p{L}-]+$/u.test(w)) || !officeWords(words)) return null;
  return owner;
}

// The words are one office, perhaps after a word like "top": nothing else ("meeting with").
function officeWords(words: string): boolean {
  const title = findTitles(words).find((t) => t.end === words.length);
  return !!title && OFFICE_LEAD.test(words.slice(0, title.start));
}

function ownerCountry(people: PersonHit[], aide: PersonHit, owner: string): string | null {
  for (const q of people) {
    if (q === aide || nameTokenKey(q.tokens[q.tokens.length - 1] ?? "") !== owner) continue;
    const country = q.country ?? (q.refId ? officialById.get(q.refId)?.country : null);
    if (country) return country;
  }
  return null;
}
