// Organisations, venues, exercises, programmes and documents not in the reference data,
// recognised by their shape: capitalised phrases ending in a head word ("... Commission",
// "... Centre", "... Declaration"), "exercise <NAME>", quoted programme names.

import type { EntityKind } from "../../shared/schema";
import { MONTH_NAMES } from "../../shared/dates";
import { WEEKDAY_NAMES } from "../dates/words";
import { isGivenName } from "./name-words";
import { countryFromWord } from "./reference";
import {
  DOCUMENT_HEADS,
  EXERCISE_NAME_SKIPS,
  HEAD_FIRST_WORDS,
  ORG_HEADS,
  PLACE_HEADS,
  PROGRAMME_HEADS,
} from "../rules/name-heads";

export type GenericHit = { start: number; end: number; kind: EntityKind; name: string };

// "on Monday", "for March" after a name are its date, not more of the name.
const DATE_WORDS = String.raw`(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].join("|")})\b`;
const HEAD_FIRST = new RegExp(`^(?:${HEAD_FIRST_WORDS})$`);

const WORD = String.raw`(?:St\.|[A-Z][\w&]*(?:[-–][\w&]+)*)`;
const CHUNK = new RegExp(String.raw`${WORD}(?:\s+(?:(?:of|for|on|and|the|&)\s+)*${WORD})*`, "g");
const LEADING_NOISE =
  /^(?:(?:[Tt]he|A|An|During|In|On|At|As|After|Before|Following|According|Under|With|From|For|To|By|And|Both|Its|His|Her|Their|This|That)\s+|[A-Z][a-z]+(?:ing|ed)\s+(?:to|the|of)\s+(?:the\s+)?)+/;

// "Canadian Defence Minister Anne Leblanc and Chilean Navy" is a titled person followed by
// more words, not one organisation's name.
// "Admiral Makarov State University" is still a name: the word after the surname is one an
// institution's name goes on with; so is "General Framework Agreement", where a document's
// head word follows (rules/en/name-heads.json).
const TITLE_THEN_NAME = new RegExp(
  String.raw`\b(?:Minister|Secretary|President|Admiral|General|Chief|Ambassador|Commander|Marshal)\s+(?!(?:Staff|Assembly|Headquarters|Council|Command|Office)\b)\p{Lu}\p{Ll}+\s+(?!(?:State|National|Memorial|Naval|Military|Maritime|Higher|Central|${DOCUMENT_HEADS})\b)\p{Lu}\p{Ll}+`,
  "u",
);

export function findGenericNames(text: string): GenericHit[] {
  const hits: GenericHit[] = [];
  CHUNK.lastIndex = 0;
  for (let m = CHUNK.exec(text); m; m = CHUNK.exec(text)) {
    if (/['’]s$/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue; // "Russia's Ministry" is handled as the possessive's owner, not a name
    hits.push(...namesInChunk(m[0], m.index));
  }
  return [...hits, ...findExercises(text), ...findQuotedProgrammes(text)];
}

function namesInChunk(chunk: string, offset: number): GenericHit[] {
  const out: GenericHit[] = [];
  for (const seg of segments(chunk)) {
    const lead = LEADING_NOISE.exec(seg.text)?.[0].length ?? 0;
    const text = beforePerson(seg.text.slice(lead).trimEnd());
    const start = offset + seg.start + lead;
    const kind = kindOf(text);
    if (!kind || text.split(/\s+/).length < 2 || TITLE_THEN_NAME.test(text)) continue;
    out.push({ start, end: start + text.length, kind, name: text });
  }
  return out;
}

// "Department of National Defense Carlito Galvez": a head-first body's name ends where a
// personal name (a given name and another capitalised word) starts.
function beforePerson(text: string): string {
  if (!HEAD_FIRST_NAME.test(text)) return text;
  const words = text.split(" ");
  for (let i = 2; i < words.length - 1; i++) {
    const word = words[i] ?? "";
    if (isGivenName(word) && !countryFromWord(word) && /^\p{Lu}\p{Ll}/u.test(words[i + 1] ?? ""))
      return words.slice(0, i).join(" ");
  }
  return text;
}

const HEAD_FIRST_NAME = /^(?:Ministry|Department) of (?:the )?\S+ \S+ \S/;

// Split "Working Group on X of Inter-Governmental Commission on Y" at "of": each side is a
// name of its own, except after a head-first word ("Ministry of Defence").
function segments(chunk: string): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  const re = /(?<!\s)\s+of\s+(?:the\s+)?/g;
  let from = 0;
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    if (HEAD_FIRST.test(lastWords(chunk.slice(from, m.index)))) continue;
    parts.push(...splitAnd(chunk.slice(from, m.index), from));
    from = m.index + m[0].length;
  }
  parts.push(...splitAnd(chunk.slice(from), from));
  return parts.map((p) => trimToHead(p));
}

function lastWords(text: string): string {
  return /(?:Main )?(?<!\S)\S+$/.exec(text)?.[0] ?? "";
}

// "... Summit and the Antalya Diplomatic Forum": names joined by "and the" are two (a name's
// own "and" takes no article: "Ministry of Health and Family Welfare").
function splitAnd(text: string, start: number): { text: string; start: number }[] {
  const m = /(?<!\s)\s+and\s+(the\s+)?/.exec(text);
  if (m && (m[1] !== undefined || endsWithHead(text.slice(0, m.index))))
    return [
      { text: text.slice(0, m.index), start },
      ...splitAnd(text.slice(m.index + m[0].length), start + m.index + m[0].length),
    ];
  return [{ text, start }];
}

// A name ends at its head word, or at the end of an "on ..." / "for ..." subject tail
// ("Working Group on Military Cooperation"); a date is never part of a name.
const ANY_HEAD = `${ORG_HEADS}|${PLACE_HEADS}|${DOCUMENT_HEADS}|${PROGRAMME_HEADS}`;
const TO_HEAD = new RegExp(String.raw`^.*\b(?:${ANY_HEAD})\b`);
const TAIL = new RegExp(String.raw`^\s+(?:on|for)\s+(?!${DATE_WORDS})\S.*`);

function trimToHead(seg: { text: string; start: number }): { text: string; start: number } {
  const head = TO_HEAD.exec(seg.text);
  if (!head) return seg;
  const rest = seg.text.slice(head[0].length);
  const tail = kindOf(head[0]) === "place" ? null : TAIL.exec(rest);
  return { text: head[0] + (tail?.[0] ?? ""), start: seg.start };
}

function endsWithHead(text: string): boolean {
  return new RegExp(String.raw`\b(?:${ANY_HEAD})$`).test(text);
}

// Compiled once: kindOf runs for every capitalised phrase of every article.
const ENDS_OTHER = new RegExp(String.raw`\b(?:${DOCUMENT_HEADS})$`);
const ENDS_PROGRAMME = new RegExp(String.raw`\b(?:${PROGRAMME_HEADS})$`);
const ENDS_PLACE = new RegExp(String.raw`\b(?:${PLACE_HEADS})$`);
const ENDS_ORG = new RegExp(String.raw`\b(?:${ORG_HEADS})$`);

function kindOf(text: string): EntityKind | null {
  const last = text.replace(/(?<!\s)\s+(?:on|for)\s+(?!\s).*$/, "");
  if (ENDS_OTHER.test(last)) return "other";
  if (ENDS_PROGRAMME.test(last)) return "programme";
  if (ENDS_PLACE.test(last)) return "place";
  if (ENDS_ORG.test(last)) return "organization";
  if (HEAD_FIRST.test(lastWords(text))) return null;
  if (/^(?:Ministry|Department) of /.test(text)) return "organization";
  return null;
}

const EXERCISE_AFTER =
  /\b[Ee]xercises?\s+(?:named\s+|called\s+|code-?named\s+)?["“']?([A-Z][A-Za-z]+(?:[- ](?:[A-Z][A-Za-z]+|\d{2,4}))?)/g;
// "naval exercise", "joint military drills", "war games": the words a name stands before.
const EXERCISE_NOUN = String.raw`(?:(?:naval|military|joint|bilateral|tri-services|air|army|war)\s+)*(?:exercises?|drills|war ?games)\b`;
const EXERCISE_BEFORE = new RegExp(
  String.raw`\b([A-Z][a-z]*[A-Z][A-Za-z]*(?:[- ]\d{2,4})?)\s+${EXERCISE_NOUN}`,
  "g",
);

// "the Balikatan exercises", "previous Vostok drills": a name in title case, not opening its
// sentence; "exercises" followed by its object ("exercises his right") is the verb.
const EXERCISE_TITLED = new RegExp(
  String.raw`(?<=[\p{L}\d,;:)"”’]\s)((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+${EXERCISE_NOUN}(?!\s+(?:his|her|its|their|the|a|an)\b)`,
  "gu",
);

function findExercises(text: string): GenericHit[] {
  const hits: GenericHit[] = [];
  for (const re of [EXERCISE_AFTER, EXERCISE_BEFORE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1];
      if (!name || countryFromWord(name) || /^(?:The|This|Joint|Military)$/.test(name)) continue;
      const start = m.index + m[0].indexOf(name);
      hits.push({ start, end: start + name.length, kind: "exercise", name });
    }
  }
  EXERCISE_TITLED.lastIndex = 0;
  for (let m = EXERCISE_TITLED.exec(text); m; m = EXERCISE_TITLED.exec(text)) {
    const words = (m[1] ?? "").split(/\s+/);
    let from = 0;
    let to = words.length;
    while (from < to && EXERCISE_NAME_SKIPS.has(words[from] ?? "")) from++;
    while (to > from && EXERCISE_NAME_SKIPS.has(words[to - 1] ?? "")) to--;
    const kept = words.slice(from, to);
    const name = kept.join(" ");
    if (kept.length === 0 || countryFromWord(name)) continue;
    if (kept.some((w) => countryFromWord(w) || isGivenName(w))) continue;
    const start = m.index + words.slice(0, from).reduce((n, w) => n + w.length + 1, 0);
    if (!hits.some((h) => h.start < start + name.length && start < h.end))
      hits.push({ start, end: start + name.length, kind: "exercise", name });
  }
  return hits;
}

const QUOTED_PROGRAMME =
  /\b(?:vision|initiative|programme|program|concept|concepts|campaign|mission|policy|scheme)\s+(?:of\s+)?['‘]([A-Z][^'’]{2,40})['’]/gi;

function findQuotedProgrammes(text: string): GenericHit[] {
  const hits: GenericHit[] = [];
  QUOTED_PROGRAMME.lastIndex = 0;
  for (let m = QUOTED_PROGRAMME.exec(text); m; m = QUOTED_PROGRAMME.exec(text)) {
    const name = m[1];
    if (!name) continue;
    const start = m.index + m[0].lastIndexOf(name);
    hits.push({ start, end: start + name.length, kind: "programme", name });
  }
  return hits;
}
