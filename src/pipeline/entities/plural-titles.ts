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
      // The names follow right after the office, or after a comma or a dash that sets the list
      // off ("three presidents – A B, C D and E F –"); "the presidents of both countries" names
      // no one.
      const from =
        m.index +
        m[0].length +
        (/^(?:,\s*|\s*[–—]\s*)/.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0);
      const after = listedNames(text, from, titles);
      const names = after.length > 0 ? after : namesBefore(text, m.index, m[0].length, titles);
      if (names.length < 2 || names.some((n) => insideNamed(n.name, input.named))) continue;
      const shared = plural.country ?? adjectiveBefore(text, m.index);
      for (const { name, country } of names)
        out.push(
          personHit(input, name, {
            role: plural.role,
            rank: null,
            country: country ?? shared,
            international: false,
            counterpart: false,
          }),
        );
    }
  }
  for (const m of text.matchAll(MINISTERS_OF)) {
    const names = listedNames(text, m.index + m[0].length, titles);
    if (names.length < 2 || names.some((n) => insideNamed(n.name, input.named))) continue;
    for (const { name, country } of names)
      out.push(
        personHit(input, name, {
          role: "Minister",
          rank: null,
          country,
          international: false,
          counterpart: false,
        }),
      );
  }
  return out;
}

// "the Ministers of Economy and Finance, A B and C D": a plural minister's office with its
// portfolios (capitalised words joined by "of", "and", "the", "&" or commas), a comma, then
// the list of names. The portfolios are not read: each listed person is a minister.
const PORTFOLIO_WORD = "[\\p{Lu}][\\p{L}’'-]*";
const MINISTERS_OF = new RegExp(
  `(?<![\\w-])Ministers (?:of|for) ${PORTFOLIO_WORD}(?:(?:,| and| of| the| &)* ${PORTFOLIO_WORD}){0,6}?,\\s*`,
  "gu",
);

// "A B and C D, the respective foreign ministers of X and Y": the plural office written after
// the list, as its appositive. The countries after "of", when each is one, are the listed
// people's in their order.
const APPOSITIVE_BEFORE = /([^.;:!?]{0,160}), (?:the|their) (?:respective |two )?$/u;
const COUNTRY_PAIR =
  /^ of ([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,2}) and ([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,2})(?![\p{L}])/u;
function namesBefore(text: string, at: number, length: number, titles: TitleHit[]): Listed[] {
  const before = APPOSITIVE_BEFORE.exec(text.slice(Math.max(0, at - 200), at));
  if (!before?.[1]) return [];
  const span = before[1];
  const spanStart = at - before[0].length;
  // The list's first name starts the span or follows a space; try each word start, nearest
  // the office last, and keep the first that reads as a list ending right before the comma.
  const starts = [...span.matchAll(/(?<![\p{L}'’.-])[\p{Lu}]/gu)].map((w) => spanStart + w.index);
  for (const start of starts) {
    const names = listedNames(text, start, titles);
    const last = names.at(-1);
    if (names.length !== 2 || !last || last.name.end !== spanStart + span.length) continue;
    const pair = COUNTRY_PAIR.exec(text.slice(at + length, at + length + 80));
    const first = pair?.[1] ? countryFromWord(pair[1]) : null;
    const second = pair?.[2] ? countryFromWord(pair[2]) : null;
    if (first === null || second === null) return names;
    const [a, b] = names as [Listed, Listed];
    return [
      { name: a.name, country: first },
      { name: b.name, country: second },
    ];
  }
  return [];
}

type Listed = { name: NameMatch; country: string | null };

// "three French presidents – A, B then C –", "the Nordic and Baltic ..." (no country): the
// country word right before the plural office is every listed person's.
function adjectiveBefore(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 40), at);
  if (!/\s$/.test(before)) return null;
  const word = before.trimEnd().split(/\s+/).at(-1) ?? "";
  return /^\p{Lu}/u.test(word) ? countryFromWord(word) : null;
}

// Full names joined by commas and a closing "and" (or "then") that a name follows, or ended by a comma
// and the next person's title, each perhaps with its country after it.
function listedNames(text: string, from: number, titles: TitleHit[]): Listed[] {
  const names: Listed[] = [];
  for (let name = fullName(text, from, titles); name;) {
    const own = countryAfter(text, name.end);
    names.push({ name, country: own?.country ?? null });
    const after = own?.end ?? name.end;
    // The list closes with "and", or with "then" for offices held in turn ("A, B then C").
    const gap = /^(?:\s*,\s*((?:and|then)\s+)?|\s+(and|then)\s+)/.exec(text.slice(after));
    if (!gap) return [];
    const next = fullName(text, after + gap[0].length, titles);
    if (gap[1] || gap[2]) {
      if (!next) return [];
      const last = countryAfter(text, next.end);
      return [...names, { name: next, country: last?.country ?? null }];
    }
    // "Ministers A, B, Deputy Minister C, ...": the next titled person ends the list.
    if (!next && titles.some((t) => t.start === after + gap[0].length)) return names;
    name = next;
  }
  return [];
}

// "A B (Colombia)", "A B of Brazil": the country written right after a listed name; another
// bracket there ("A B (Florida)", "A B (R-Fla.)") is the person's state or party, no country.
const COUNTRY_AFTER =
  /^(?: \(([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3})\)| of ([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}))/u;
const OTHER_BRACKET = /^ \(\p{Lu}[^()]{0,30}\)/u;
function countryAfter(text: string, at: number): { country: string | null; end: number } | null {
  const m = COUNTRY_AFTER.exec(text.slice(at, at + 60));
  const words = m?.[1] ?? m?.[2];
  const country = m && words !== undefined ? countryFromWord(words) : null;
  if (m && country !== null) return { country, end: at + m[0].length };
  const other = OTHER_BRACKET.exec(text.slice(at, at + 40));
  return other ? { country: null, end: at + other[0].length } : null;
}

// A name of two words at least that is no part of a title.
function fullName(text: string, at: number, titles: TitleHit[]): NameMatch | null {
  const name = directName(text, at);
  if (!name || name.tokens.length < 2) return null;
  return titles.some((t) => t.start < name.end && name.start < t.end) ? null : name;
}
