// "Presidents Enrique Peña Nieto and Donald Trump", "former Presidents A B and C D": an
// office written in the plural before a list of full names is each listed person's office.
// The office may be written in lower case or end in a comma ("such as presidents A B and
// C D", "the two foreign ministers, A B and C D"); a country in brackets or after "of" behind
// a name is that person's ("presidents A B (Colombia) and C D (Ecuador)", "Foreign Ministers
// A B of Brazil and C D of Argentina").

import { directName } from "./title-names";
import type { NameMatch } from "./names";
import { insideNamed, personHit, type ParagraphInput } from "./person-hit";
import { countryFromWord, officeTitles } from "./reference";
import type { TitleHit } from "./titles";
import { TitleProbe, titleNeedle, type TitleNeedle } from "./title-needles";
import type { PersonHit } from "./types";

type PluralTitle = { regex: RegExp; needle: TitleNeedle; role: string; country: string | null };

// Offices whose pattern ends on the head noun take an "s" ("Prime Minister" ->
// "Prime Ministers"); "Minister of Defence" does not ("Ministers of Defence").
const plurals: PluralTitle[] = officeTitles.flatMap((t) =>
  t.role && /[a-z]$/.test(t.pattern)
    ? [
        {
          regex: new RegExp(`(?<![\\w-])${t.pattern}s(?=[\\s,])`, t.caseSensitive ? "g" : "gi"),
          needle: titleNeedle(`${t.pattern}s`),
          role: t.role,
          country: t.country,
        },
      ]
    : [],
);

export function pluralTitledPeople(input: ParagraphInput, titles: TitleHit[]): PersonHit[] {
  const out: PersonHit[] = [];
  const { text } = input;
  const probe = new TitleProbe(text);
  for (const plural of plurals) {
    if (!probe.mayMatch(plural.needle)) continue;
    plural.regex.lastIndex = 0;
    for (let m = plural.regex.exec(text); m; m = plural.regex.exec(text)) {
      // The names follow right after the office, or after a comma ("the presidents of both
      // countries" names no one).
      const from =
        m.index + m[0].length + (/^,\s*/.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0);
      const names = listedNames(text, from, titles);
      if (names.length < 2 || names.some((n) => insideNamed(n.name, input.named))) continue;
      for (const { name, country } of names)
        out.push(
          personHit(input, name, {
            role: plural.role,
            rank: null,
            country: country ?? plural.country,
            international: false,
            counterpart: false,
          }),
        );
    }
  }
  return out;
}

type Listed = { name: NameMatch; country: string | null };

// Full names joined by commas and a closing "and" that a name follows, each perhaps with its
// country after it.
function listedNames(text: string, from: number, titles: TitleHit[]): Listed[] {
  const names: Listed[] = [];
  for (let name = fullName(text, from, titles); name;) {
    const own = countryAfter(text, name.end);
    names.push({ name, country: own?.country ?? null });
    const after = own?.end ?? name.end;
    const gap = /^(?:\s*,\s*(and\s+)?|\s+(and)\s+)/.exec(text.slice(after));
    if (!gap) return [];
    const next = fullName(text, after + gap[0].length, titles);
    if (gap[1] || gap[2]) {
      if (!next) return [];
      const last = countryAfter(text, next.end);
      return [...names, { name: next, country: last?.country ?? null }];
    }
    name = next;
  }
  return [];
}

// "A B (Colombia)", "A B of Brazil": the country written right after a listed name.
const COUNTRY_AFTER =
  /^(?: \(([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3})\)| of ([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}))/u;
function countryAfter(text: string, at: number): { country: string; end: number } | null {
  const m = COUNTRY_AFTER.exec(text.slice(at, at + 60));
  const words = m?.[1] ?? m?.[2];
  if (!m || words === undefined) return null;
  const country = countryFromWord(words);
  return country === null ? null : { country, end: at + m[0].length };
}

// A name of two words at least that is no part of a title.
function fullName(text: string, at: number, titles: TitleHit[]): NameMatch | null {
  const name = directName(text, at);
  if (!name || name.tokens.length < 2) return null;
  return titles.some((t) => t.start < name.end && name.start < t.end) ? null : name;
}
