// People named after a lower-case description set off by commas: "the head of Russia's
// state arms exporter Rosoboronexport, Anatoly Isaikin, said".

import { nameAt } from "./names";
import { insideNamed, personHit, type ParagraphInput } from "./person-hit";
import { countryWordsIn } from "./reference";
import type { PersonHit } from "./types";

// The office word may be capitalised as a title is: "The Chairperson of the Commission, X,".
const DESCRIBED =
  /\b(?:[Tt]he\s+)?((?:[Dd]eputy\s+|[Vv]ice[- ])?(?:[Hh]ead|[Cc]hief|[Dd]irector|[Cc]hairman|[Cc]hairperson|[Cc]hairwoman|[Cc]ommissioner|[Pp]resident|[Ss]ecretary[- ][Gg]eneral|[Cc]ommander|[Ss]pokesperson|[Ss]pokesman|[Ss]pokeswoman|[Ee]nvoy|[Aa]mbassador))\s+(?:of|for|to)\s+([^,.;]{3,90}),\s+(?=\p{Lu})/gu;

export function describedPeople(input: ParagraphInput): PersonHit[] {
  const out: PersonHit[] = [];
  for (const m of input.text.matchAll(DESCRIBED)) {
    const at = m.index + m[0].length;
    const name = nameAt(input.text, at);
    // The name must be closed by a comma or a verb: ", Anatoly Isaikin, said".
    if (!name || name.start !== at || name.tokens.length < 2) continue;
    if (!/^\s*(?:,|said|told|says)/.test(input.text.slice(name.end))) continue;
    if (insideNamed(name, input.named)) continue;
    const role = (m[1] ?? "").replace(/\s+/g, " ");
    out.push(
      personHit(input, name, {
        role: role.charAt(0).toUpperCase() + role.slice(1),
        rank: null,
        country: countryWordsIn(m[2] ?? "")[0]?.country ?? null,
        international: false,
        counterpart: false,
      }),
    );
  }
  return out;
}
