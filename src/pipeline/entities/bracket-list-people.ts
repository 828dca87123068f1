// "his counterparts Ana Ruiz (Chile), Tomas Berg (Norway) and Sofia Lind (Sweden)": once one
// person of such a list is found, every next name closed by its country in brackets is a
// person of that country too, whether or not its given name is a common one.

import { nameAt } from "./names";
import { insideNamed, personHit, type ParagraphInput } from "./person-hit";
import { countryFromWord, countryWordsIn } from "./reference";
import type { PersonHit } from "./types";

const BRACKETED_COUNTRY = /^\s*\(([^()]{2,40})\)/;
const NEXT_ITEM = /^(?:,\s+(?:and\s+)?|\s+and\s+)/;

export function bracketListPeople(input: ParagraphInput, people: PersonHit[]): PersonHit[] {
  const out: PersonHit[] = [];
  const known = (start: number) => [...people, ...out].some((p) => p.start === start);
  for (const first of people) {
    let at = first.end;
    for (;;) {
      const bracket = BRACKETED_COUNTRY.exec(input.text.slice(at));
      if (!bracket || countryWordsIn(bracket[1] ?? "").length === 0) break;
      const gap = NEXT_ITEM.exec(input.text.slice(at + bracket[0].length));
      if (!gap) break;
      const start = at + bracket[0].length + gap[0].length;
      const name = nameAt(input.text, start);
      if (!name || name.start !== start || name.tokens.length < 2) break;
      if (insideNamed(name, input.named)) break;
      const country = countryOf(input.text.slice(name.end));
      if (country === null) break;
      if (!known(name.start))
        out.push(
          personHit(input, name, {
            role: null,
            rank: null,
            country,
            international: false,
            counterpart: false,
          }),
        );
      at = name.end;
    }
  }
  return out;
}

function countryOf(after: string): string | null {
  const bracket = BRACKETED_COUNTRY.exec(after);
  return bracket ? (countryWordsIn(bracket[1] ?? "")[0]?.country ?? null) : null;
}

/** "Naledi Pandor (South Africa)": a bracket right after the name holding only a country. */
export function bracketedCountry(text: string, nameEnd: number): string | null {
  const bracket = BRACKETED_COUNTRY.exec(text.slice(nameEnd, nameEnd + 44));
  return bracket?.[1] ? countryFromWord(bracket[1].trim()) : null;
}
