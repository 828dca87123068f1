// "Mr. Lavrov, Sergey Viktorovich, Minister of Foreign Affairs": a given name and patronymic
// written after the surname and a comma, as some foreign ministries style their readouts.
// The person is the surname's bearer, not a "Viktorovich".

import { isPatronymic } from "./names";
import type { PersonHit } from "./types";

const SURNAME_THEN_COMMA = /(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),\s+$/u;

/** Gives a "Given Patronymic" hit the surname written just before it, in place. */
export function joinSurnameBefore(hit: PersonHit, text: string): void {
  if (hit.tokens.length !== 2 || !isPatronymic(hit.tokens[1] ?? "")) return;
  const before = text.slice(Math.max(0, hit.start - 40), hit.start);
  const m = SURNAME_THEN_COMMA.exec(before);
  const surname = m?.[1];
  if (!m || !surname || isPatronymic(surname)) return;
  hit.start -= before.length - m.index;
  hit.tokens = [...hit.tokens, surname];
  hit.surface = text.slice(hit.start, hit.end);
}
