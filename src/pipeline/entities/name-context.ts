// A description set off by a comma that says who a named person is: before the name ("the
// secretary of naval procurement, X"; "the Ambassador of Norway in Chile, X") or after it
// ("X, Peru's president-elect,"). It gives the person's role and, before the name, the
// country its words name.

import { directName } from "./title-names";
import { countryWordsIn, roleWords } from "./reference";
import escapeRegExp from "escape-string-regexp";
import type { TitleHit } from "./titles";

export type Description = { side: "before" | "after"; role: string | null; country: string | null };

// The office words a description says who someone is by ("the secretary of ...", "Peru's
// president-elect"), from reference/titles.json; the longest first, so "vice president"
// is read whole.
const ROLE_WORD = new RegExp(
  `(?<!\\w)(?:${[...roleWords]
    .sort((x, y) => y.length - x.length)
    .map(escapeRegExp)
    .join("|")})(?!\\w)`,
  "gi",
);
// The first role word of a clause (ROLE_WORD is global, for matchAll).
const FIRST_ROLE_WORD = new RegExp(ROLE_WORD.source, "i");
// A description states who someone is; one with a finite verb is a clause of its own.
const VERB = /\b(?:is|was|were|are|has|have|had|said|says|will|would|met|held)\b/i;

/** "..., the secretary of defence production, X": the description ending at the comma before `nameStart`. */
export function descriptionBefore(
  text: string,
  sentenceStart: number,
  nameStart: number,
  titles: TitleHit[],
): Description | null {
  const before = text.slice(sentenceStart, nameStart);
  const comma = /,\s+$/.exec(before);
  if (!comma) return null;
  return describedBy(before.slice(0, comma.index), sentenceStart, titles);
}

/** "the head of Rosoboronexport X": a description the name runs on from with no comma, which
 * the caller has seen end in the named body the office word heads (the 'office-before' cue). */
export function descriptionRunningOn(
  text: string,
  sentenceStart: number,
  nameStart: number,
  titles: TitleHit[],
): Description | null {
  return describedBy(text.slice(sentenceStart, nameStart).trimEnd(), sentenceStart, titles);
}

// The description from the clause's last role word to its end.
function describedBy(
  clause: string,
  sentenceStart: number,
  titles: TitleHit[],
): Description | null {
  const roles = [...clause.matchAll(ROLE_WORD)];
  const last = roles[roles.length - 1];
  if (!last) return null;
  // From the role word to the comma: "Ambassador of the Kingdom of Norway in Chile".
  const phrase = clause.slice(last.index);
  if (phrase.length > 70 || /[;:()]/.test(phrase) || VERB.test(phrase)) return null;
  const at = sentenceStart + last.index;
  // "Chile's ambassador, X": the country may stand just before the role word.
  const lead = clause.slice(Math.max(0, last.index - 30), last.index);
  const country =
    countryWordsIn(phrase)[0]?.country ?? countryWordsIn(lead).slice(-1)[0]?.country ?? null;
  return { side: "before", role: roleAt(titles, at, last[0]), country };
}

/** "X, Mexico's president-elect, ...": the description in the comma clause after `nameEnd`. */
export function descriptionAfter(
  text: string,
  nameEnd: number,
  sentenceEnd: number,
  titles: TitleHit[],
): Description | null {
  const rest = text.slice(nameEnd, sentenceEnd);
  // ", in talks with the minister,": a clause opened by a preposition tells where or with
  // whom, not who X is.
  const m =
    /^,\s+(?!(?:and|or|in|at|on|with|during|after|before|for|from|to|by|under|over|without)\b)([^,.;()]{2,90})/.exec(
      rest,
    );
  const clause = m?.[1];
  if (!m || !clause || VERB.test(clause)) return null;
  const role = FIRST_ROLE_WORD.exec(clause);
  if (!role) return null;
  const from = nameEnd + m[0].length - clause.length;
  const to = from + clause.length;
  // ", Defence Minister Y and ...": a list of titled people, not a description of X.
  const inside = titles.filter((t) => t.start >= from && t.end <= to);
  if (inside.some((t) => directName(text, t.end) !== null)) return null;
  return { side: "after", role: roleAt(titles, from + role.index, role[0]), country: null };
}

// The office the title list knows at that place, else the role word itself.
function roleAt(titles: TitleHit[], at: number, word: string): string {
  const title = titles.find((t) => t.start <= at && at < t.end && t.kind === "office");
  return title?.role || word.charAt(0).toUpperCase() + word.slice(1);
}
