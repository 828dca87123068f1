// Later mentions of a person by surname alone ("Singh", "Shoigu", "Ming"): resolved to the
// one person of that surname in the article, or else in the whole corpus; never guessed
// between two people, and never when another given name stands in front ("Manmohan Singh").

import { labelsAGovernment } from "./attributive";
import { CREDIT_BEFORE } from "../rules/entity-cues";
import { isPatronymic, isStopWord, runsIntoPlaceName } from "./names";
import { nameTokenKey } from "./normalise";
import type { Span } from "./types";
import { MONTH_NAMES } from "../../shared/dates";
import { SHORT_MONTH_NAMES } from "../dates/words";

export type PersonName = {
  id: string;
  surnameKey: string;
  /** Keys of the other words of the person's name ("alexander", "vasilyevich"). */
  given: string[];
  paragraph?: number;
  start?: number;
};

/** People grouped by surname key, built once for the corpus, with what each token lookup
 * needs precomputed: a scan of every bearer per token would grow with the corpus. */
export type SurnameIndex = {
  people: Map<string, PersonName[]>;
  /** The one person id bearing the surname, or null when several do. */
  soleId: Map<string, string | null>;
  /** Given-name keys per surname key and person id. */
  given: Map<string, Map<string, Set<string>>>;
};

export function indexSurnames(people: PersonName[]): SurnameIndex {
  const index: SurnameIndex = { people: new Map(), soleId: new Map(), given: new Map() };
  for (const p of people) {
    const list = index.people.get(p.surnameKey);
    if (list) list.push(p);
    else index.people.set(p.surnameKey, [p]);
    const byId = index.given.get(p.surnameKey) ?? new Map<string, Set<string>>();
    index.given.set(p.surnameKey, byId);
    const own = byId.get(p.id) ?? new Set<string>();
    byId.set(p.id, own);
    for (const g of p.given) own.add(g);
  }
  for (const [key, byId] of index.given)
    index.soleId.set(key, byId.size === 1 ? ([...byId.keys()][0] ?? null) : null);
  return index;
}

export function findSurnameMentions(
  paragraphs: string[],
  localPeople: PersonName[],
  corpusIndex: SurnameIndex,
): (Span & { entityId: string; surface: string })[] {
  const out: (Span & { entityId: string; surface: string })[] = [];
  const localIndex = indexSurnames(localPeople);
  const token = /(?<![\p{L}\w-])(\p{Lu}\p{Ll}+(?:[-'’]\p{L}\p{Ll}+)*)(?![\p{L}\w-])/gu;
  paragraphs.forEach((text, paragraph) => {
    token.lastIndex = 0;
    for (let m = token.exec(text); m; m = token.exec(text)) {
      if (isDateWord(text, m.index, m[0])) continue;
      if (labelsAGovernment(text, m.index + m[0].length)) continue;
      // "(PTI Photo/Salman Ali)": the photographer, whoever else bears the word as a surname.
      if (CREDIT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const key = tokenKey(m[0]);
      const local = localIndex.people.get(key) ?? [];
      const id =
        localIndex.soleId.get(key) ??
        (local.length > 0
          ? latestBefore(local, paragraph, m.index)
          : (corpusIndex.soleId.get(key) ?? null));
      if (!id) continue;
      const localOwn = localIndex.given.get(key)?.get(id);
      const corpusOwn = corpusIndex.given.get(key)?.get(id);
      const own = (k: string) => Boolean(localOwn?.has(k) || corpusOwn?.has(k));
      const start = ownNameStart(text, m.index, own);
      if (start === null || runsOnIntoOtherName(text, m.index + m[0].length, own)) continue;
      out.push({
        paragraph,
        start,
        end: m.index + m[0].length,
        entityId: id,
        surface: text.slice(start, m.index + m[0].length),
      });
    }
  });
  return out;
}

const MONTH_WORDS: ReadonlySet<string> = new Set(MONTH_NAMES);
// "Jun 2024", "Lima, Jun. 28": the short forms, read as months in the same places.
const MONTH_SHORT: ReadonlySet<string> = new Set(SHORT_MONTH_NAMES);
const DATE_BEFORE =
  /\b(?:in|on|of|since|until|till|by|from|to|last|next|this|early|mid|late|end|during|before|after)\s+$/i;
const DATE_AFTER = /^\s+(?:\d{1,2}(?!\d)|\d{4}\b|this\b|last\b)|^,\s+\d{4}\b/;

// "in May", "May 4", "May 2019": a month, not Theresa May; "June" is no given name either,
// nor "Jun" in "26-27 Jun 2024" a Chinese given name.
function isDateWord(text: string, at: number, word: string): boolean {
  const short = MONTH_SHORT.has(word);
  if (!short && !MONTH_WORDS.has(word)) return false;
  const before = text.slice(Math.max(0, at - 12), at);
  const rest = text.slice(at + word.length, at + word.length + 9);
  const after = short ? rest.replace(/^\./, "") : rest;
  return DATE_BEFORE.test(before) || DATE_AFTER.test(after) || /\d\s+$/.test(before);
}

const keys = new Map<string, string>();
function tokenKey(token: string): string {
  let key = keys.get(token);
  if (key === undefined) {
    key = nameTokenKey(token);
    if (keys.size < 100_000) keys.set(token, key);
  }
  return key;
}

// Where the written name starts: before the surname may stand the person's own given names
// ("Alexander Vasilyevich Fomin"), but never someone else's ("Manmohan Singh"): null then.
function ownNameStart(text: string, index: number, own: (key: string) => boolean): number | null {
  let start = index;
  for (;;) {
    const prev = /(?<!\p{L})(\p{Lu}\p{Ll}+|\p{Lu}\.?)\s+$/u.exec(
      text.slice(Math.max(0, start - 30), start),
    );
    const word = prev?.[1];
    if (!prev || word === undefined || isStopWord(word)) return start;
    const mine = own(tokenKey(word.replace(/\.$/, ""))) || isPatronymic(word);
    if (!mine) return start === index ? null : start;
    start -= prev[0].length;
  }
}

// "Johnson Controls India", "Winfield House": a capitalised word right after the surname,
// neither a stop word nor the person's own name, makes it part of another name; so does a
// hyphenated given name ("the Lee Myung-bak government" names no other Lee), and so do stop
// words before a word that ends a place's name ("Wallace Air Station").
const NEXT_WORD = /^ (\p{Lu}\p{Ll}+(?:[-‐‑]\p{L}+)*)(?![\p{L}-])/u;
function runsOnIntoOtherName(text: string, end: number, own: (key: string) => boolean): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 30))?.[1];
  if (next !== undefined && !isStopWord(next) && !own(tokenKey(next))) return true;
  return runsIntoPlaceName(text, end);
}

// Two people share the surname in this article: a bare surname means the one named last.
function latestBefore(people: PersonName[], paragraph: number, at: number): string | null {
  const before = people.filter(
    (p) =>
      p.paragraph !== undefined &&
      p.start !== undefined &&
      (p.paragraph < paragraph || (p.paragraph === paragraph && p.start < at)),
  );
  const last = before
    .sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0) || (a.start ?? 0) - (b.start ?? 0))
    .pop();
  return last?.id ?? null;
}
