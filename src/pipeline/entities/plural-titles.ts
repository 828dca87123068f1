// "Presidents Enrique Peña Nieto and Donald Trump", "former Presidents A B and C D": an
// office written in the plural before a list of full names is each listed person's office.

import { directName } from "./title-names";
import type { NameMatch } from "./names";
import { insideNamed, personHit, type ParagraphInput } from "./person-hit";
import { officeTitles } from "./reference";
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
          regex: new RegExp(`(?<![\\w-])${t.pattern}s(?=\\s)`, "g"),
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
      // Capitalised, as a title before names is ("the presidents of both countries" is not).
      if (!/^\p{Lu}/u.test(m[0])) continue;
      const names = listedNames(text, m.index + m[0].length, titles);
      if (names.length < 2 || names.some((n) => insideNamed(n, input.named))) continue;
      for (const name of names)
        out.push(
          personHit(input, name, {
            role: plural.role,
            rank: null,
            country: plural.country,
            international: false,
            counterpart: false,
          }),
        );
    }
  }
  return out;
}

// Full names joined by commas and a closing "and" that a name follows.
function listedNames(text: string, from: number, titles: TitleHit[]): NameMatch[] {
  const names: NameMatch[] = [];
  for (let name = fullName(text, from, titles); name;) {
    names.push(name);
    const gap = /^(?:\s*,\s*(and\s+)?|\s+(and)\s+)/.exec(text.slice(name.end));
    if (!gap) return [];
    const next = fullName(text, name.end + gap[0].length, titles);
    if (gap[1] || gap[2]) return next ? [...names, next] : [];
    name = next;
  }
  return [];
}

// A name of two words at least that is no part of a title.
function fullName(text: string, at: number, titles: TitleHit[]): NameMatch | null {
  const name = directName(text, at);
  if (!name || name.tokens.length < 2) return null;
  return titles.some((t) => t.start < name.end && name.start < t.end) ? null : name;
}
