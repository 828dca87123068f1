// People named with no title and absent from the reference list: a personal name (two to
// five capitalised words led by a common given name, or by a family name that East Asian
// names put first) that its sentence shows to be a person. It is the subject of a verb
// ("Bogdan Petrescu declared ..."), someone met ("talks with X", "hosted X"), described by
// an apposition ("X, Peru's president-elect,"), named after a description ("the secretary
// of naval procurement, X"), or listed with someone found otherwise ("X and Minister Y").
// Names of ships, companies, places and bodies are not people, and neither are journalists,
// artists or players named in passing.

import { nameAt, type NameMatch } from "./names";
import { nameKey } from "./normalise";
import { isNeverInPersonalName, shipPrefixes, startsPersonalName } from "./name-words";
import { personHit, type ParagraphInput } from "./person-hit";
import { appositionCountry } from "./country-cues";
import {
  descriptionAfter,
  descriptionBefore,
  descriptionRunningOn,
  type Description,
} from "./name-context";
import escapeRegExp from "escape-string-regexp";
import { spansOverlap, type TakenCharacters } from "./overlaps";
import type { Token } from "../annotate/types";
import { personCues, type PersonCue } from "../rules/cue-rules";
import type { TitleHit } from "./titles";
import type { PersonHit } from "./types";

/** A name the sentence has not yet shown to be a person's: it may be listed with one. */
export type PendingName = { name: NameMatch };

const SHIPS = new Set(shipPrefixes);
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
export function contextPeople(
  input: ParagraphInput,
  titles: TitleHit[],
  taken: TakenCharacters,
  reporters: Set<string> = new Set(),
): { found: PersonHit[]; pending: PendingName[] } {
  const found: PersonHit[] = [];
  const pending: PendingName[] = [];
  for (const sentence of input.sentences) {
    const tokens = sentence.tokens;
    tokens.forEach((token, i) => {
      // "the head of Rosoboronexport Anatoly Isaikin": a name running on from a body's
      // capitalised words starts only at a common given name, after an 'office-before' cue.
      // The cue rules are the costly part: they are asked only about a personal-looking name
      // (the tests before them do not depend on the cues).
      const runsOn = !startsCapitalisedName(tokens, i);
      if (runsOn && !(CAPITALISED_WORD.test(token.text) && startsPersonalName(token.text))) return;
      const name = nameAt(input.text, token.start);
      if (!name || name.start !== token.start || !looksPersonal(name, input.text)) return;
      if (taken.anyIn(name.start, name.end) || titles.some((t) => spansOverlap(t, name))) return;
      if (input.named.some((n) => n.kind !== "country" && spansOverlap(n, name))) return;
      const cues = cuesBefore(tokens, i);
      // The office and the body it heads say who the name is ("Police Oscar ..." starts no name).
      if (cues.has("office-before") && startsPersonalName(token.text)) {
        found.push(
          hitFor(input, name, descriptionRunningOn(input.text, sentence.start, name.start, titles)),
        );
        taken.take(name.start, name.end);
        return;
      }
      if (runsOn) return;
      // After "his wife", "the ship's captain" any personal-looking name will do; elsewhere
      // the name must open with a common given name, or be followed by an apposition that
      // opens with an office ("Bezhalel Machlis, CEO and president of ...").
      const loose = !cues.has("person-before") && !startsPersonalName(token.text);
      // "NPR's X", "my colleague X": a reporter, kept out wherever the article names X untitled.
      if (cues.has("reporter-before")) {
        reporters.add(nameKey(name.tokens));
        return;
      }
      // A ship's, a firm's or a byline's name, or a professional's named in passing; a
      // person cue ending on the same word ("the government led by") outweighs a byline's "by".
      if (cues.has("not-official-before") && !cues.has("person-before")) return;
      if (loose) {
        const office =
          officeApposition(input.text, name, sentence.end, titles) ??
          closedDescriptionBefore(input.text, sentence.start, name, titles);
        if (office) {
          found.push(hitFor(input, name, office));
          taken.take(name.start, name.end);
        }
        return;
      }
      const described =
        descriptionBefore(input.text, sentence.start, name.start, titles) ??
        descriptionAfter(input.text, name.end, sentence.end, titles);
      if (described) found.push(hitFor(input, name, described));
      else if (cues.has("met-before") || cues.has("person-before") || isSubject(tokens, name.end))
        found.push(hitFor(input, name, null));
      else {
        pending.push({ name });
        return;
      }
      taken.take(name.start, name.end);
    });
  }
  return { found, pending };
}

// ", CEO and president of ...", ", the deputy director of ...": the apposition opens with its
// office word (after an article or a possessive at most), so it says who the name is.
const OFFICE_FIRST = /^,\s+(?:(?:the|a|an|\p{Lu}[\p{L}.'’-]*['’]s)\s+)?$/u;

function officeApposition(
  text: string,
  name: NameMatch,
  sentenceEnd: number,
  titles: TitleHit[],
): Description | null {
  // "at the Amiri Diwan, the emir's office": a place or body, not someone.
  if (name.tokens.length > 3 || /\bthe\s+$/i.test(text.slice(0, name.start))) return null;
  const d = descriptionAfter(text, name.end, sentenceEnd, titles);
  if (!d?.role) return null;
  const rest = text.slice(name.end, sentenceEnd);
  const role = new RegExp(`(?<!\\w)${escapeRegExp(d.role)}(?!\\w)(?!['’]s)`, "i").exec(rest);
  return role && role.index > 0 && OFFICE_FIRST.test(rest.slice(0, role.index)) ? d : null;
}

// "the state's governor, Rafael Quintero, said": a description that ends at the comma before
// the name says who it is, whatever its given name; the name must close its apposition (a
// comma, a full stop, a bracket or the sentence's end), so that a description is never read
// onto the first words of a phrase that runs on.
const CLOSED_NAME = /^\s*(?:[,;.)]|$)/u;

function closedDescriptionBefore(
  text: string,
  sentenceStart: number,
  name: NameMatch,
  titles: TitleHit[],
): Description | null {
  if (name.tokens.length > 3 || !CLOSED_NAME.test(text.slice(name.end, name.end + 2))) return null;
  return descriptionBefore(text, sentenceStart, name.start, titles);
}

function cuesBefore(tokens: Token[], at: number): Set<PersonCue> {
  return new Set(personCues.endingAt(tokens, at).map((r) => r.cue));
}

/** A capitalised word a name may start with, not inside a longer capitalised phrase. */
function startsCapitalisedName(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || !CAPITALISED_WORD.test(token.text)) return false;
  const prev = tokens[i - 1];
  if (!prev || prev.end < token.start - 1 || !/^\p{Lu}/u.test(prev.text)) return true;
  // "Royal Navy Samira ...", "Foreign Affairs Helen ...": after an office's words
  // the name starts; after "Santa" or "Lockheed" the capitalised phrase is another kind.
  if (SHIPS.has(prev.text)) return false;
  return nameAt(prev.text, 0) === null;
}

/** Two words at least, none after the first a word that ends the name of a place, body or thing,
 * and no capitalised word running on after the last ("Christian Democratic Union"). */
function looksPersonal(name: NameMatch, text: string): boolean {
  if (name.tokens.length < 2) return false;
  if (name.tokens.slice(1).some((t) => isNeverInPersonalName(t))) return false;
  return !/^[ \t]+\p{Lu}/u.test(text.slice(name.end, name.end + 3));
}

/** The name is the subject of the verb after it (over adverbs and an apposition). */
function isSubject(tokens: Token[], nameEnd: number): boolean {
  let j = tokens.findIndex((t) => t.start >= nameEnd);
  if (j < 0) return false;
  if (tokens[j]?.text === ",") {
    const close = tokens.findIndex((t, k) => k > j && k <= j + 15 && t.text === ",");
    if (close < 0) return false;
    j = close + 1;
  }
  while (tokens[j]?.pos === "ADV") j++;
  const verb = tokens[j];
  // A participle makes no clause: "Dario Conti focusing on the final" is a headline's.
  if (!verb || (verb.pos !== "VERB" && verb.pos !== "AUX") || /ing$/.test(verb.lower)) return false;
  // A verb whose subject reports the news rather than makes it.
  return !personCues.endingAt(tokens, j + 1).some((r) => r.cue === "reporting-verb");
}

function hitFor(input: ParagraphInput, name: NameMatch, d: Description | null): PersonHit {
  return personHit(input, name, {
    role: d?.role ?? null,
    rank: null,
    country:
      d?.side === "after"
        ? appositionCountry(input.text, name.end, input.named)
        : (d?.country ?? null),
    international: false,
    counterpart: false,
  });
}

// "Helen Carver, and Minister for Defence Senator Ann Cole, hosted ...": joined by "and" to a
// person found otherwise, a personal name is one more person of the list.
const AND_AFTER = /^,?\s+and\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|for|the)\s+){0,8}$/u;
const AND_BEFORE = /^,?\s+and\s+$/u;

export function listedWith(
  pending: PendingName[],
  people: PersonHit[],
  input: ParagraphInput,
): PersonHit[] {
  const listed: PersonHit[] = [];
  let left = pending;
  // Each name found makes the next one in the list a neighbour of a person.
  for (let grew = true; grew;) {
    const known = [...people, ...listed];
    const next = left.filter(({ name }) => !known.some((p) => nextInList(p, name, input.text)));
    grew = next.length < left.length;
    for (const { name } of left)
      if (!next.some((n) => n.name === name)) listed.push(hitFor(input, name, null));
    left = next;
  }
  return listed;
}

function nextInList(p: PersonHit, name: NameMatch, text: string): boolean {
  return p.start >= name.end
    ? AND_AFTER.test(text.slice(name.end, p.start))
    : p.end <= name.start && AND_BEFORE.test(text.slice(p.end, name.start));
}
