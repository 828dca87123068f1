// Where a person's country can be read from, besides the words right before the title:
// a title tail ("Ambassador to Russia"), an apposition after the name ("..., commander of
// the Egyptian Army's special forces"), or the sentence around them ("visited Canberra and
// held talks with Chief of Navy ..."). The office and visit words: rules/en/entity-cues.json
// (appositionRoleWords, visitWords).

import { countryFromWord, countryWordsIn, placeCountry } from "./reference";
import { directName, nameAfterOffice, namesTitledPerson } from "./title-names";
import { findTitles } from "./titles";
import type { NamedHit } from "./types";
import {
  APPOSITION_ROLE,
  DELEGATION_NOUNS,
  POST_NOMINAL_AFTER,
  STATE_FORM,
  VISITED_BEFORE,
} from "../rules/entity-cues";

export type TitleTail = { length: number; country: string | null; destination: string | null };

// "of India", "of the Socialist Republic of Vietnam": the preposition, then up to `words`
// capitalised words of a place, the state's form skipped.
const placeAfter = (preposition: string, words: number) =>
  new RegExp(
    String.raw`^\s+${preposition}\s+(?:the\s+)?(?:${STATE_FORM})?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,${words - 1}})`,
    "u",
  );
const TAIL = placeAfter("(of|to|in)", 2);
const POSTED = placeAfter("(?:to|in)", 2);
const OF_AFTER = placeAfter("of", 3);

/** "of India" / "to Russia" / "in Moscow" right after a title, before the name. */
export function titleTail(text: string, from: number): TitleTail | null {
  const m = TAIL.exec(text.slice(from));
  if (!m?.[1] || !m[2]) return null;
  const words = m[2].split(/\s+/);
  // Only the country or place words belong to the tail; what follows is the name. A place
  // ("Governor of Jakarta", "Ambassador to Riyadh") stands for its country.
  const countryOf = (w: string) => countryFromWord(w) ?? placeCountry.get(w) ?? null;
  const country = countryOf(m[2]) ?? countryOf(words[0] ?? "");
  if (!country) return null;
  const used = countryOf(m[2]) ? m[2] : (words[0] ?? "");
  const length = m[0].length - (m[2].length - used.length);
  if (m[1] !== "of") return { length, country: null, destination: country };
  // "Ambassador of Egypt to India": the country served, then the one posted to.
  const posted = POSTED.exec(text.slice(from + length));
  const to = posted?.[1]
    ? (countryFromWord(posted[1]) ?? countryFromWord(posted[1].split(/\s+/)[0] ?? ""))
    : null;
  if (!posted || !to) return { length, country, destination: null };
  const toWord = countryFromWord(posted[1] ?? "")
    ? (posted[1] ?? "")
    : ((posted[1] ?? "").split(/\s+/)[0] ?? "");
  const postedLength = posted[0].length - ((posted[1] ?? "").length - toWord.length);
  return { length: length + postedLength, country, destination: null };
}

// ", concluded a two-day visit to China at the invitation of the Chinese Foreign Minister": a
// clause with the person as its subject, not an apposition naming their office.
// ", who will provide a readout of the meeting with Indian ...": a relative clause saying
// what the person does ("who is the commander of ..." still names an office).
// ", in the absence of the Minister who is travelling to X,": a clause opened by a
// preposition says where or when, not who the person is.
const CLAUSE_START =
  /^(?:[a-z]+ed|said|says|told|met|held|made|took|left|is|was|has|had|will|would|in|at|on|during|after|before|while|when|where|since|despite|following|amid|who\s+(?!is\b|was\b|are\b|were\b|serves\b|served\b))\b/;

const DELEGATION_MEMBER = new RegExp(
  String.raw`^,\s+(?:who\s+(?:is|was|will be)\s+)?(?:(?:a\s+)?part|a member|(?:the\s+)?head|(?:the\s+)?leader|leading|heading)\s+(?:of\s+)?the\s+([A-Z][\w'’-]*)\s+(?:${DELEGATION_NOUNS})\b`,
);

/** ", commander of the Egyptian Army's special forces," after a name. */
export function appositionCountry(
  text: string,
  nameEnd: number,
  named: readonly NamedHit[] = [],
): string | null {
  // "X, M.K., Deputy Minister of ...": the letters after the name come before the apposition.
  const letters = POST_NOMINAL_AFTER.exec(text.slice(nameEnd, nameEnd + 12))?.[0].length ?? 0;
  if (letters > 0) return appositionCountry(text, nameEnd + letters, named);
  const rest = text.slice(nameEnd);
  // "X of the Sri Lankan Defence Ministry": the body the person belongs to.
  const ofCountry = ofCountryAfter(text, nameEnd);
  if (ofCountry) return ofCountry;
  // ", who is part of the German delegation,": the side the person came with.
  const side = DELEGATION_MEMBER.exec(rest);
  const sideCountry = side?.[1] ? countryFromWord(side[1]) : null;
  if (sideCountry) return sideCountry;
  // ", and Swedish Navy chief X" starts the next list item, not an apposition.
  const m = /^,\s+(?!and\b|or\b)([^,.;()]{3,90})/.exec(rest);
  if (!m?.[1] || !APPOSITION_ROLE.test(m[1]) || CLAUSE_START.test(m[1])) return null;
  // ", German Defence Minister Boris Pistorius": the next person of a list, not an apposition.
  if (namesTitledPerson(m[1]) || runsOnToName(rest)) return null;
  // "Beijing's special envoy for Afghan affairs": the capital's owner; the portfolio's
  // country ("for Afghan affairs") is not the person's.
  const capital = /^(?:the\s+)?(\p{Lu}[\p{L}. -]*?)['’]s\b/u.exec(m[1]);
  const owner = capital?.[1] ? placeCountry.get(capital[1]) : undefined;
  if (owner) return owner;
  const own = m[1].replace(
    /\b(?:for|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*\s+(?:affairs|issues|matters)\b.*$/u,
    "",
  );
  const word = countryWordsIn(own)[0]?.country;
  if (word) return word;
  // ", a spokesman for the Pentagon,", ", PLA Navy commander,": the national body the
  // office belongs to.
  const from = nameEnd + m[0].length - m[1].length;
  const body = named.find(
    (n) =>
      n.kind === "organization" &&
      n.country !== null &&
      n.start >= from &&
      n.end <= from + own.length,
  );
  return body?.country ?? null;
}

// "X, Rwandan Minister of Foreign Affairs, Cooperation and ..., Special Envoy of the President
// of the Republic of Rwanda Anne Y, will visit": capitalised words running on over commas to a
// titled name are the next person's offices, not X's apposition. Only the run's last part is
// read: in "X, President of Kenya, His Excellency Y, President of Djibouti made ..." the first
// part closed X's apposition before Y's began.
const CAPITALISED_RUN = /^,\s+([^,.;()]+(?:,\s+\p{Lu}[^,.;()]*)*)/u;

export function runsOnToName(rest: string): boolean {
  const run = CAPITALISED_RUN.exec(rest)?.[1];
  const last = run?.split(/,\s+/).slice(1).at(-1);
  if (!last) return false;
  const titles = findTitles(last);
  return titles.some(
    (t) => (directName(last, t.end) ?? nameAfterOffice(last, t.end, titles)) !== null,
  );
}

/** "Foreign Secretary X of the United Kingdom": the country right after the name, maybe set
 * off by a comma ("Major X, of Indian Army,"). */
export function ofCountryAfter(text: string, nameEnd: number): string | null {
  const of = OF_AFTER.exec(text.slice(text.startsWith(",", nameEnd) ? nameEnd + 1 : nameEnd));
  const country = of?.[1] ? countryWordsIn(of[1])[0] : undefined;
  return country?.at === 0 ? country.country : null;
}

type Around = { local: string | null; nearby: string | null };
type CountryWord = { at: number; end: number; country: string | null };

/**
 * Countries a sentence gives before a role phrase: a visited place, and the nearest place or
 * country word. The paragraph's places and each sentence's capitalised words are indexed
 * once and every phrase is a binary search (reading the sentence again for every titled
 * person was quadratic in a long sentence of them).
 */
export function sentenceCountryFinder(
  text: string,
  named: NamedHit[],
): (sentenceStart: number, sentenceEnd: number, phraseStart: number) => Around {
  const places = named
    .filter((n) => n.country && (n.kind === "place" || n.kind === "country"))
    .sort((a, b) => a.start - b.start);
  const visited = places.filter((n) =>
    VISITED_BEFORE.test(text.slice(Math.max(0, n.start - 18), n.start)),
  );
  const wordsBySentence = new Map<string, SentenceWords>();
  return (sentenceStart, sentenceEnd, phraseStart) => {
    const key = `${sentenceStart}:${sentenceEnd}`;
    let words = wordsBySentence.get(key);
    if (!words)
      wordsBySentence.set(key, (words = capitalisedWords(text, sentenceStart, sentenceEnd)));
    const nearestNamed = lastInside(places, sentenceStart, phraseStart);
    const nearestWord = lastCountryWord(text, words, phraseStart);
    const nearby =
      nearestWord && (!nearestNamed || nearestWord.at > nearestNamed.start)
        ? nearestWord.country
        : (nearestNamed?.country ?? null);
    return { local: lastInside(visited, sentenceStart, phraseStart)?.country ?? null, nearby };
  };
}

/** The last hit (by start) lying inside [from, to); walks back only over hits crossing `to`. */
function lastInside(hits: NamedHit[], from: number, to: number): NamedHit | undefined {
  let i = upperBound(hits.length, (k) => (hits[k]?.start ?? 0) <= to) - 1;
  for (; i >= 0; i--) {
    const h = hits[i];
    if (!h || h.start < from) return undefined;
    if (h.end <= to) return h;
  }
  return undefined;
}

type SentenceWords = { words: CountryWord[]; lastWithCountry: Int32Array };

function capitalisedWords(text: string, from: number, to: number): SentenceWords {
  const words = [...text.slice(from, to).matchAll(/[A-Z][\w'’-]*/g)].map((w) => ({
    at: from + w.index,
    end: from + w.index + w[0].length,
    country: countryFromWord(w[0]),
  }));
  // For each word, the index of the last word up to it that names a country (-1: none).
  const lastWithCountry = new Int32Array(words.length);
  words.forEach(
    (w, k) => (lastWithCountry[k] = w.country ? k : k > 0 ? (lastWithCountry[k - 1] ?? -1) : -1),
  );
  return { words, lastWithCountry };
}

/** The last capitalised word before `to` that names a country; a word running past `to`
 * counts as cut there, as in the sentence's text up to the phrase. */
function lastCountryWord(
  text: string,
  sentence: SentenceWords,
  to: number,
): CountryWord | undefined {
  const { words, lastWithCountry } = sentence;
  let i = upperBound(words.length, (k) => (words[k]?.at ?? 0) < to) - 1;
  const crossing = words[i];
  if (crossing && crossing.end > to) {
    const country = countryFromWord(text.slice(crossing.at, to));
    if (country) return { ...crossing, country };
    i--;
  }
  return i >= 0 ? words[lastWithCountry[i] ?? -1] : undefined;
}

/** The first index in [0, length) at which `before` turns false (it is true, then false). */
function upperBound(length: number, before: (k: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
