// A story may describe a person by office before it names them ("The Turkish foreign
// minister will embark on a Gulf tour", then "Mevlut Cavusoglu"): when no one named before
// fits the description, these find the one person named later who does.

import { countryFromWord } from "../entities/reference";
import { officeKey, type StoryPeople } from "./story-people";

// "The meeting with the Pacific Islands Forum Secretary General" before the story names
// "Secretary General Henry Puna": the one person of the story whose office of two words or
// more ends the phrase, when no one named before fits.
export function namedLater(phrase: string, ctx: StoryPeople): string | undefined {
  const said = officeKey(phrase).replace(/-/g, " ");
  const before = new Set(ctx.history.flat());
  const holders = ctx.people.filter((p) => {
    const r = (p.role ?? "").toLowerCase().replace(/-/g, " ");
    if (!r.includes(" ") || !said.endsWith(` ${r}`) || before.has(p.id)) return false;
    // The words before the office name its body ("Pacific Islands Forum"), not a country.
    const body = phrase
      .slice(0, phrase.length - r.length)
      .trim()
      .split(/\s+/);
    return body.every((w) => /^\p{Lu}/u.test(w) && !countryFromWord(w));
  });
  return holders.length === 1 ? holders[0]?.id : undefined;
}

// "The Turkish foreign minister will embark on a Gulf tour on Tuesday", the story naming
// "Mevlut Cavusoglu" only after: the one person named later whom the description fits,
// when no one named before does.
export function onlyLater(fits: (id: string) => boolean, ctx: StoryPeople): string | undefined {
  const before = new Set(ctx.history.flat());
  const later = ctx.people.filter((p) => !before.has(p.id) && fits(p.id));
  return later.length === 1 ? later[0]?.id : undefined;
}
