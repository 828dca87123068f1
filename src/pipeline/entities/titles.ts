// Titles (offices, military ranks, honorifics) found in text, longest first.

import { TakenCharacters } from "./overlaps";
import { TitleProbe, titleNeedle, type TitleNeedle } from "./title-needles";
import { honorifics, officeSuffixes, officeTitles, rankTitles, type TitleRef } from "./reference";

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
  needle: TitleNeedle;
  kind: TitleKind;
  role: string | null;
  country: string | null;
  /** Read only right before a full name (a lower-case form of a capitalised office). */
  beforeName: boolean;
};

// "Foreign Minister-Designate", "Congresswoman-elect": any office may be held by someone
// chosen for it and not yet in it; the hyphen kept the title alone from matching. Written
// capitalised after a space ("High Commissioner Designate of Canada") the suffix is still
// the office's, not a one-word name after it.
const SUFFIX_WORDS = officeSuffixes
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join("|");
const SPACED_SUFFIX_WORDS = officeSuffixes
  .map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`)
  .join("|");
const OFFICE_SUFFIX = `(?:-(?:${SUFFIX_WORDS})| (?:${SPACED_SUFFIX_WORDS}))?`;
const SUFFIXED = new RegExp(`[- ](?:${SUFFIX_WORDS})$`);

// "Jordan's king Abdullah II", "UPA chairperson Sonia Gandhi": an office listed with its
// capital only (its lower-case word is a common noun: "the king said") is still the office
// right before a full name: two capitalised words, or one and a regnal number.
const FULL_NAME_AFTER = /^\s+\p{Lu}\p{Ll}+\s+(?:\p{Lu}\p{Ll}+|[IVX]{1,4})(?![\p{L}\p{N}])/u;
const lowerCaseOffices = officeTitles.filter(
  (t) => t.caseSensitive && /^[A-Z][a-z]/.test(t.pattern),
);

const compiled: CompiledTitle[] = [
  ...compile(officeTitles, "office"),
  ...compile(lowerCaseOffices, "office", true),
  ...compile(rankTitles, "rank"),
  ...compile(honorifics, "honorific"),
];

function compile(refs: TitleRef[], kind: TitleKind, beforeName = false): CompiledTitle[] {
  const suffix = kind === "office" ? OFFICE_SUFFIX : "";
  return refs.map((t) => ({
    regex: new RegExp(
      `(?<![\\w-])(?:${t.pattern})${suffix}(?![\\w-])`,
      t.caseSensitive && !beforeName ? "g" : "gi",
    ),
    needle: titleNeedle(t.pattern),
    kind,
    role: t.role,
    country: t.country,
    beforeName,
  }));
}

/** Every title in text; where titles overlap the longest wins ("Deputy Prime Minister" over "Prime Minister"). */
export function findTitles(text: string): TitleHit[] {
  const all: TitleHit[] = [];
  // Most texts hold few of the titles: the probe rules a pattern out far faster than running
  // its regex (with a lookbehind) over the text.
  const probe = new TitleProbe(text);
  for (const t of compiled) {
    if (!probe.mayMatch(t.needle)) continue;
    t.regex.lastIndex = 0;
    for (let m = t.regex.exec(text); m; m = t.regex.exec(text)) {
      if (!/^[A-Z]/.test(m[0]) && t.kind !== "office") continue;
      // The capitalised form is read by the office as listed.
      const lowerCase = !/^[A-Z]/.test(m[0]);
      if (t.beforeName && !(lowerCase && FULL_NAME_AFTER.test(text.slice(m.index + m[0].length))))
        continue;
      // The role is the office as listed, capitalised ("king" is the King).
      const written = t.beforeName ? m[0].charAt(0).toUpperCase() + m[0].slice(1) : m[0];
      const role = t.role === "" ? written.replace(/\s+/g, " ") : withSuffix(t.role, written);
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

/** The role a title gives, with the suffix its match was written with ("President-elect"). */
function withSuffix(role: string | null, written: string): string | null {
  const suffix = SUFFIXED.exec(written)?.[0];
  if (role === null || !suffix || role.toLowerCase().endsWith(suffix.slice(1).toLowerCase()))
    return role;
  return `${role}-${suffix.slice(1).toLowerCase()}`;
}
