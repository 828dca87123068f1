// Participants the sentence names only indirectly: "He", "both leaders", "both sides signed", "the two
// ministers", "Defence Ministers", "the visiting Russian Defence Minister". A sentence's event
// takes part of its people from these words, so each reading decides whom they stand for;
// offices alone (office-phrase.ts) and several people at once (plural-participants.ts) are
// read apart, and who is named without taking part is decided in not-taking-part.ts.

import { countryFromWord, placeCountry } from "../entities/reference";
import { eventPhrases } from "../rules/event-phrases";
import { officePhrase } from "./office-phrase";
import { countriesOffice, kindFilter, leadersNext, recentPeople } from "./plural-participants";
import { countryIn, LEADER_ROLE, officeKey, personIn, type StoryPeople } from "./story-people";

// The words of these patterns are data (rules/en/event-phrases.json, by the names used here).

const PLURAL_ANAPHOR = eventPhrases.pluralAnaphor;
const PERSONAL_ANAPHOR = eventPhrases.personalAnaphor;
const ROLE_PLURAL = eventPhrases.rolePlural;
const DESCRIBED = eventPhrases.described;

const OFFICE_DESCRIBED = eventPhrases.officeDescribed;
const VISITOR = eventPhrases.visitor;
const EPITHET_SUBJECT = eventPhrases.epithetSubject;
const SPOKESPERSON = eventPhrases.spokesperson;
const OF_PLACE = eventPhrases.officeOfPlace;

/** People the words point to, with where in the text they do it (for reading order). */
// "the deputy minister", "the admiral": the last person named whose role has those words.
// "the Air Chief", "the Navy Commander": a service chief by the words of their title.
const ROLE_DESCRIBED = eventPhrases.roleDescribed;

/**
 * `recalled`: the sentence dates its event years before the story ("the declaration the two
 * countries signed in 2000"), so "the two" are whoever led them then, not the story's people.
 */
export function extraParticipants(
  text: string,
  named: number,
  ctx: StoryPeople,
  recalled = false,
): { id: string; at: number }[] {
  const out = subjectParticipant(text, named, ctx);
  // A recall's "the two countries signed" names whoever led them then; in a sentence that
  // says "their last meeting" or "after they met", the words still point to the people just
  // named.
  const plural = named < 2 ? PLURAL_ANAPHOR.exec(text) : null;
  const anaphor = plural && (!recalled || PERSONAL_ANAPHOR.test(text)) ? plural : null;
  // "according to an agreement signed by the two countries' leaders in Rome on Friday. As agreed
  // by Chancellor A and Prime Minister B, ...": with no one named before, the two are the two
  // leaders the next sentence names.
  const ahead = anaphor && named === 0 && ctx.history.flat().length === 0 ? leadersNext(ctx) : [];
  if (anaphor && ahead.length === 2) for (const id of ahead) out.push({ id, at: anaphor.index });
  else if (anaphor)
    // One of "the two" may be named in the sentence itself: the other is the one before.
    for (const id of recentPeople(ctx.history, 2 - named, kindFilter(anaphor[0], ctx.people)))
      out.push({ id, at: anaphor.index });
  const pluralRole = named === 0 ? ROLE_PLURAL.exec(text) : null;
  if (pluralRole?.[1]) {
    const role = pluralRole[1]
      .replace(/^[df]/, (c) => c.toUpperCase())
      .replace(/minister$/, "Minister")
      .replace("Defense", "Defence");
    for (const p of ctx.people.filter((x) => x.role === role))
      out.push({ id: p.id, at: pluralRole.index });
  }
  // "the Russian and Indian ministers", "the foreign ministers of Japan and Australia": the
  // story's people of each country holding that office, wherever the story names them.
  if (named === 0 && !anaphor && !recalled) out.push(...countriesOffice(text, ctx));
  // "the visiting Russian Defence Minister", "The Vietnamese Navy chief": the one official
  // of that country the article names (or, of several, the one named last).
  const found = DESCRIBED.exec(text);
  // "the Russian President Vladimir Putin" is a title before a name, not a description.
  const described =
    found && !/^\s+[A-Z][a-z]/.test(text.slice(found.index + found[0].length)) ? found : null;
  const word = described?.[1];
  const country = word ? (countryFromWord(word) ?? ctx.orgCountry(word)) : null;
  if (described && country) {
    // "the Russian President" is the Russian whose role is President, if the story has one.
    const head = described[0].split(/\s+/).pop()?.toLowerCase() ?? "";
    const national = ctx.people.filter((p) => p.country === country && p.role);
    const titled = national.filter((p) => p.role?.toLowerCase().includes(head));
    // "the French leader" is the French head of state or government, no other official.
    const leaders = national.filter((p) => LEADER_ROLE.test(p.role ?? ""));
    const matches = head === "leader" ? leaders : titled.length > 0 ? titled : national;
    const recent = [...ctx.history]
      .reverse()
      .flat()
      .find((id) => matches.some((m) => m.id === id));
    const chosen = matches.length === 1 ? matches[0]?.id : recent;
    if (chosen) out.push({ id: chosen, at: described.index });
  }
  // "The visiting dignitary": the last person named who is not from where the story is filed.
  const guest = VISITOR.exec(text);
  const home = ctx.dateline ? placeCountry.get(ctx.dateline) : undefined;
  if (guest && home) {
    const visitor = [...ctx.history]
      .reverse()
      .flat()
      .find((id) => countryIn(ctx, id) && countryIn(ctx, id) !== home);
    if (visitor) out.push({ id: visitor, at: guest.index });
  }
  // "The Prime Minister had also travelled", "the President of Russia": the one official
  // with that office (of that country), the most recently named if several.
  for (const office of described && country ? [] : text.matchAll(OFFICE_DESCRIBED)) {
    const title = (office[1] ?? "").toLowerCase();
    const of = office[2] ? countryFromWord(office[2]) : null;
    const fitsOffice = (id: string) => {
      const p = personIn(ctx, id);
      return (p?.role ?? "").toLowerCase() === title && (!of || p?.country === of);
    };
    const chosen =
      [...ctx.history].reverse().flat().find(fitsOffice) ??
      (named > 0 || (office[2] && !of) ? undefined : firstHolder(office, fitsOffice, ctx));
    if (chosen) out.push({ id: chosen, at: office.index });
  }
  const role = ROLE_DESCRIBED.exec(text);
  const office = role || out.length > 0 ? null : officePhrase(text, ctx);
  if (office) out.push(office);
  // "the Air Chief" reads like "the Russian Chief" but names no country: the role decides.
  if (role?.[1] && !(described && country)) {
    const words = role[1].toLowerCase().split(" ");
    const fits = (id: string) => {
      const r = (personIn(ctx, id)?.role ?? "").toLowerCase();
      return words.every((w) => r.includes(officeKey(w)));
    };
    // "the defence minister" with no country word is the story's own: the lead's, else the
    // one of the outlet's (or, failing that, the dateline's) country, if the story names one.
    const recentFits = [...ctx.history].reverse().flat().filter(fits);
    const lead = recentFits.find((id) => ctx.leadPeople.includes(id));
    const own = ctx.home ? recentFits.find((id) => countryIn(ctx, id) === ctx.home) : undefined;
    // A release's bare "The Minister" is its own minister: the first minister it names; so is a
    // readout's "The Secretary will travel" its secretary (not another's "Foreign Secretary").
    const ownOffice = (id: string) =>
      role[1] !== "Secretary" || /^secretary\b/.test((personIn(ctx, id)?.role ?? "").toLowerCase());
    const first =
      role[1] === "Minister" || role[1] === "Secretary"
        ? ctx.history.flat().find((id) => fits(id) && ownOffice(id))
        : undefined;
    const recent = first ?? lead ?? own ?? recentFits[0];
    if (recent) out.push({ id: recent, at: role.index });
  }
  return out;
}

// A schedule's "On Saturday, the President will meet ..." before the story names him: the
// first holder of that office the story names. Only in a sentence naming no one ("the
// President spoke separately with Prime Minister A and President B" is neither of them), and
// not "the President of the Republic", "the President of the Democratic Republic of X": an
// office of somewhere the phrase does not resolve may be another country's, whose holder the
// story never names.
function firstHolder(
  office: RegExpMatchArray,
  fitsOffice: (id: string) => boolean,
  ctx: StoryPeople,
): string | undefined {
  const rest = (office.input ?? "").slice((office.index ?? 0) + office[0].length);
  if (OF_PLACE.test(rest)) return undefined;
  return ctx.people.find((p) => fitsOffice(p.id))?.id;
}

/**
 * The one person a sentence's subject points back to: "He held ...", "His visit", "The SPD
 * politician wants to observe ...". An exercise takes part of its people from this reading
 * alone (see statement-participants.ts).
 */
export function subjectParticipant(
  text: string,
  named: number,
  ctx: StoryPeople,
): { id: string; at: number }[] {
  // "He held ...", "On the sidelines, he also held ...": the subject is the last person named.
  // So is the owner in "His previous visit was in August", when the sentence names no one
  // ("His visit reciprocates the one paid by Blinken" tells Blinken's visit, not his).
  // ("His Excellency X" is a title, not a pronoun.)
  const subject =
    /^\W*(?:He|She|His|Her)\b(?!\s+(?:Excellency|Majesty|Highness|Holiness|Royal)\b)|^[^.;]{0,80}?,\s+(?:he|she)\b(?=\s+(?:also\s+)?(?:[a-z]+ed|held|met|had|spoke|told|led|took|made|went|gave|will)\b)/.exec(
      text,
    );
  // "The SPD politician first wants to observe the exercise": a person described by calling or
  // party, not by office, is the subject of the sentence before, as "He" would be.
  const epithet = named === 0 ? EPITHET_SUBJECT.exec(text) : null;
  const pronoun =
    subject && (named === 0 || !/\b(?:His|Her)$/.test(subject[0])) ? subject : epithet;
  if (pronoun) {
    // A spokesperson reports on events and takes part in none: "His visit" is not theirs.
    const prev = [...ctx.history]
      .reverse()
      .map((h) => h.filter((id) => !SPOKESPERSON.test(personIn(ctx, id)?.role ?? "")))
      .find((h) => h.length > 0);
    if (prev?.[0]) return [{ id: prev[0], at: pronoun.index }];
  }
  return [];
}
