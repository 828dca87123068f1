// Where a person's country can be read from, besides the words right before the title:
// a title tail ("Ambassador to Russia"), an apposition after the name ("..., commander of
// the Egyptian Army's special forces"), or the sentence around them ("visited Canberra and
// held talks with Chief of Navy ...").

import { countryFromWord, countryWordsIn, placeCountry } from "./reference";
import type { NamedHit } from "./types";

export type TitleTail = { length: number; country: string | null; destination: string | null };

/** "of India" / "to Russia" / "in Moscow" right after a title, before the name. */
export function titleTail(text: string, from: number): TitleTail | null {
  const m = /^\s+(of|to|in)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)/.exec(
    text.slice(from),
  );
  if (!m?.[1] || !m[2]) return null;
  const words = m[2].split(/\s+/);
  // Only the country words belong to the tail; what follows is the name.
  const country = countryFromWord(m[2]) ?? countryFromWord(words[0] ?? "");
  if (!country) return null;
  const used = countryFromWord(m[2]) ? m[2] : (words[0] ?? "");
  const length = m[0].length - (m[2].length - used.length);
  if (m[1] !== "of") return { length, country: null, destination: country };
  // "Ambassador of Egypt to India": the country served, then the one posted to.
  const posted = /^\s+(?:to|in)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)/.exec(
    text.slice(from + length),
  );
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

const APPOSITION_ROLE =
  /\b(?:president|officer|commander|chief|head|director|secretary|minister|ambassador|envoy|general|admiral|spokes\w*|deputy|adviser|advisor)\b/i;

const DELEGATION_MEMBER =
  /^,\s+(?:who\s+(?:is|was|will be)\s+)?(?:(?:a\s+)?part|a member|(?:the\s+)?head|(?:the\s+)?leader|leading|heading)\s+(?:of\s+)?the\s+([A-Z][\w'’-]*)\s+(?:delegation|side|team)\b/;

/** ", commander of the Egyptian Army's special forces," after a name. */
export function appositionCountry(text: string, nameEnd: number): string | null {
  const rest = text.slice(nameEnd);
  // "X of the Sri Lankan Defence Ministry": the body the person belongs to.
  const of = /^\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})/.exec(rest);
  const ofCountry = of?.[1] ? countryWordsIn(of[1])[0] : undefined;
  if (ofCountry?.at === 0) return ofCountry.country;
  // ", who is part of the German delegation,": the side the person came with.
  const side = DELEGATION_MEMBER.exec(rest);
  const sideCountry = side?.[1] ? countryFromWord(side[1]) : null;
  if (sideCountry) return sideCountry;
  // ", and Swedish Navy chief X" starts the next list item, not an apposition.
  const m = /^,\s+(?!and\b|or\b)([^,.;()]{3,90})/.exec(rest);
  if (!m?.[1] || !APPOSITION_ROLE.test(m[1])) return null;
  // "Beijing's special envoy for Afghan affairs": the capital's owner; the portfolio's
  // country ("for Afghan affairs") is not the person's.
  const capital = /^(?:the\s+)?(\p{Lu}[\p{L}. -]*?)['’]s\b/u.exec(m[1]);
  const owner = capital?.[1] ? placeCountry.get(capital[1]) : undefined;
  if (owner) return owner;
  const own = m[1].replace(
    /\b(?:for|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*\s+(?:affairs|issues|matters)\b.*$/u,
    "",
  );
  return countryWordsIn(own)[0]?.country ?? null;
}

/** Countries the sentence gives before the role phrase: a visited place, and the nearest one. */
export function sentenceCountries(
  text: string,
  named: NamedHit[],
  sentenceStart: number,
  phraseStart: number,
): { local: string | null; nearby: string | null } {
  const before = named
    .filter((n) => n.start >= sentenceStart && n.end <= phraseStart && n.country)
    .filter((n) => n.kind === "place" || n.kind === "country")
    .sort((a, b) => a.start - b.start);
  const visited = before.filter((n) =>
    /\b(?:visited|visiting|visit to|trip to|travel(?:led|ed|s)? to|arrived in)\s+(?:the\s+)?$/.test(
      text.slice(Math.max(0, n.start - 18), n.start),
    ),
  );
  const adjective = [...text.slice(sentenceStart, phraseStart).matchAll(/[A-Z][\w'’-]*/g)]
    .map((w) => ({ at: sentenceStart + (w.index ?? 0), country: countryFromWord(w[0]) }))
    .filter((w) => w.country !== null);
  const nearestNamed = before[before.length - 1];
  const nearestWord = adjective[adjective.length - 1];
  const nearby =
    nearestWord && (!nearestNamed || nearestWord.at > nearestNamed.start)
      ? nearestWord.country
      : (nearestNamed?.country ?? null);
  return { local: visited[visited.length - 1]?.country ?? null, nearby };
}
