// Titles (offices, military ranks, honorifics) found in text, longest first.

import { TakenCharacters } from "./overlaps";
import { honorifics, officeTitles, rankTitles, type TitleRef } from "./reference";

export type TitleKind = "office" | "rank" | "honorific";
export type TitleHit = {
  start: number;
  end: number;
  kind: TitleKind;
  role: string | null;
  country: string | null;
};

type CompiledTitle = {
  regex: RegExp;
  /** Upper-case letters every match starts with, when the pattern has such a prefix. */
  needle: string | null;
  kind: TitleKind;
  role: string | null;
  country: string | null;
};

const compiled: CompiledTitle[] = [
  ...compile(officeTitles, "office"),
  ...compile(rankTitles, "rank"),
  ...compile(honorifics, "honorific"),
];

function compile(refs: TitleRef[], kind: TitleKind): CompiledTitle[] {
  return refs.map((t) => ({
    regex: new RegExp(`(?<![\\w-])${t.pattern}(?![\\w-])`, t.caseSensitive ? "g" : "gi"),
    needle: literalPrefix(t.pattern),
    kind,
    role: t.role,
    country: t.country,
  }));
}

/** Every title in text; where titles overlap the longest wins ("Deputy Prime Minister" over "Prime Minister"). */
export function findTitles(text: string): TitleHit[] {
  const all: TitleHit[] = [];
  // Most texts hold few of the titles: a substring test rules a pattern out far faster than
  // running its regex (with a lookbehind) over the text.
  const upper = text.toUpperCase();
  for (const t of compiled) {
    if (t.needle !== null && !upper.includes(t.needle)) continue;
    t.regex.lastIndex = 0;
    for (let m = t.regex.exec(text); m; m = t.regex.exec(text)) {
      if (!/^[A-Z]/.test(m[0]) && t.kind !== "office") continue;
      const role = t.role === "" ? m[0].replace(/\s+/g, " ") : t.role;
      all.push({
        start: m.index,
        end: m.index + m[0].length,
        kind: t.kind,
        role,
        country: t.country,
      });
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TitleHit[] = [];
  const taken = new TakenCharacters(text.length);
  for (const hit of all)
    if (!taken.anyIn(hit.start, hit.end)) {
      kept.push(hit);
      taken.take(hit.start, hit.end);
    }
  return kept.sort((a, b) => a.start - b.start);
}

// The letters a pattern's every match begins with ("Deputy Chief of Mission" -> "DEPUTY CHIEF
// OF MISSION", "Gen\\.?" -> "GEN"), or null. Without the u flag a case-insensitive regex
// compares characters by their toUpperCase, so a match's text, upper-cased, holds the
// upper-cased prefix: the test never rules a match out. A top-level alternative, or a
// quantifier on the prefix's last letter, leaves no prefix every match shares.
export function literalPrefix(pattern: string): string | null {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "|" && depth === 0) return null;
  }
  let literal = /^[A-Za-z ]+/.exec(pattern)?.[0] ?? "";
  const next = pattern.charAt(literal.length);
  if (next === "?" || next === "*" || next === "{") literal = literal.slice(0, -1);
  return literal.length >= 2 ? literal.toUpperCase() : null;
}
