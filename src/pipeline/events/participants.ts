// Participants the sentence names only indirectly: "He", "both leaders", "both sides signed", "the two
// ministers", "Defence Ministers", "the visiting Russian Defence Minister".

import type { Entity } from "../../shared/schema";
import { countryFromWord, countryWordsIn, placeCountry, roleWords } from "../entities/reference";
import escapeRegExp from "escape-string-regexp";
import { eventPhrases } from "../rules/event-phrases";

// The words of these patterns are data (rules/en/event-phrases.json, by the names used here).

type Context = {
  people: Entity[];
  history: string[][];
  next?: string[];
  orgCountry: (word: string) => string | null;
  dateline: string | null;
  /** The story's own country: its outlet's, else its dateline's. */
  home: string | null;
  /** People of the story's lead sentence. */
  leadPeople: string[];
};

const PLURAL_ANAPHOR = eventPhrases.pluralAnaphor;
const ROLE_PLURAL = eventPhrases.rolePlural;
const COUNTRIES_PLURAL = eventPhrases.countriesPlural;
const PLURAL_OF_COUNTRIES = eventPhrases.pluralOfCountries;
const DESCRIBED = eventPhrases.described;

const OFFICE_DESCRIBED = eventPhrases.officeDescribed;
const VISITOR = eventPhrases.visitor;
const SPOKESPERSON = eventPhrases.spokesperson;

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
  ctx: Context,
  recalled = false,
): { id: string; at: number }[] {
  const out: { id: string; at: number }[] = [];
  // "He held ...", "On the sidelines, he also held ...": the subject is the last person named.
  // So is the owner in "His previous visit was in August", when the sentence names no one
  // ("His visit reciprocates the one paid by Blinken" tells Blinken's visit, not his).
  // ("His Excellency X" is a title, not a pronoun.)
  const subject =
    /^\W*(?:He|She|His|Her)\b(?!\s+(?:Excellency|Majesty|Highness|Holiness|Royal)\b)|^[^.;]{0,80}?,\s+(?:he|she)\b(?=\s+(?:also\s+)?(?:[a-z]+ed|held|met|had|spoke|told|led|took|made|went|gave|will)\b)/.exec(
      text,
    );
  const pronoun = subject && (named === 0 || !/\b(?:His|Her)$/.test(subject[0])) ? subject : null;
  if (pronoun) {
    // A spokesperson reports on events and takes part in none: "His visit" is not theirs.
    const prev = [...ctx.history]
      .reverse()
      .map((h) => h.filter((id) => !SPOKESPERSON.test(personIn(ctx, id)?.role ?? "")))
      .find((h) => h.length > 0);
    if (prev?.[0]) out.push({ id: prev[0], at: pronoun.index });
  }
  const anaphor = named < 2 && !recalled ? PLURAL_ANAPHOR.exec(text) : null;
  // "according to an agreement signed by the two countries' leaders in Rome on Friday. As agreed
  // by Chancellor A and Prime Minister B, ...": with no one named before, the two are the two
  // leaders the next sentence names.
  const ahead = anaphor && named === 0 && ctx.history.flat().length === 0 ? leadersNext(ctx) : [];
  if (anaphor && ahead.length === 2) for (const id of ahead) out.push({ id, at: anaphor.index });
  else if (anaphor)
    // One of "the two" may be named in the sentence itself: the other is the one before.
    for (const id of recentPeople(ctx.history, 2 - named, kindFilter(anaphor[0], ctx.people)))
      out.push({ id, at: anaphor.index });
  const plural = named === 0 ? ROLE_PLURAL.exec(text) : null;
  if (plural?.[1]) {
    const role = plural[1]
      .replace(/^[df]/, (c) => c.toUpperCase())
      .replace(/minister$/, "Minister")
      .replace("Defense", "Defence");
    for (const p of ctx.people.filter((x) => x.role === role))
      out.push({ id: p.id, at: plural.index });
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
    const chosen = [...ctx.history].reverse().flat().find(fitsOffice);
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

// "The external affairs minister arrived", "the Japanese vice minister", "his Russian
// counterpart": an office described with words of its own, no name after it, is the person
// the story has named with that office (the words of the description all in their role, a
// country word their country). Of several, the lead's, the story's own country's, else the
// one named last.
// Each word of a role head with or without its capital ("Minister", "minister").
const ROLE_HEADS = [...roleWords, "counterpart", "counterparts"]
  .sort((x, y) => y.length - x.length)
  .map((head) =>
    head
      .split(" ")
      .map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${escapeRegExp(w.slice(1))}`)
      .join(" "),
  );
// "Venezuela's Foreign Minister has arrived": a country's possessive stands for "the
// Venezuelan" (the determiner is captured so that its country can be read).
const OFFICE_PHRASE = new RegExp(
  `\\b([Tt]he|[Hh]is|[Hh]er|[Tt]heir|\\p{Lu}[\\p{L}-]+['’]s) (?:visiting )?((?:[\\p{L}-]+ ){1,4}?(?:${ROLE_HEADS.join("|")}))(?![\\p{L}-])(?![ \\t]+\\p{Lu})`,
  "gu",
);

// "Foreign Secretary called on ...", "Prime Minister conveyed his greetings": releases
// open sentences with the bare office of the person they are about, no article, no name.
const BARE_OFFICE = eventPhrases.bareOffice;
const TOP_DIPLOMAT = eventPhrases.topDiplomat;
const FOREIGN_OFFICE = eventPhrases.foreignOffice;

// The same patterns without the g flag, made once: test() then keeps no position between calls.
const DESCRIBES_SOMEONE = [DESCRIBED, OFFICE_DESCRIBED, ROLE_DESCRIBED, VISITOR, OFFICE_PHRASE].map(
  (re) => new RegExp(re.source, re.flags.replace("g", "")),
);

/**
 * Whether the words describe someone by office or as the guest, whoever the story names with
 * it: "The President is leaving for Apia", "Venezuela's Foreign Minister has arrived", "the
 * envoy", "the visiting dignitary" (visit-without-visitor.ts keeps a visit told so, its
 * visitor unread).
 */
export function describesSomeone(text: string): boolean {
  return DESCRIBES_SOMEONE.some((re) => re.test(text));
}

function bareOffice(text: string, ctx: Context): { id: string; at: number } | null {
  const m = BARE_OFFICE.exec(text);
  const office = m?.[1] === undefined ? undefined : officeKey(m[1]);
  if (!m || !office) return null;
  const holds = (id: string) => (personIn(ctx, id)?.role ?? "").toLowerCase() === office;
  const holders = unique([...ctx.history].reverse().flat().filter(holds));
  const lead = holders.find((id) => ctx.leadPeople.includes(id));
  const chosen = lead ?? holders[0];
  return chosen ? { id: chosen, at: m.index } : null;
}

function officePhrase(text: string, ctx: Context): { id: string; at: number } | null {
  const bare = bareOffice(text, ctx);
  if (bare) return bare;
  for (const m of text.matchAll(OFFICE_PHRASE)) {
    const owner = /['’]s$/.test(m[1] ?? "") ? countryFromWord(m[1] ?? "") : null;
    if (/['’]s$/.test(m[1] ?? "") && !owner) continue;
    // "the top Russian diplomat", "China's top diplomat": its foreign minister.
    const top = TOP_DIPLOMAT.exec(m[2] ?? "");
    const topCountry = top ? countryFromWord(top[1] ?? top[2] ?? "") : null;
    const words = top ? [] : officeKey(m[2] ?? "").split(" ");
    const head = top ? "diplomat" : (words.pop() ?? "");
    const counterpart = head.startsWith("counterpart");
    // "Venezuela's counterpart" is no one's description: a possessive country describes an office.
    if (owner && counterpart) continue;
    const country =
      owner ??
      topCountry ??
      (words.length > 0 ? countryFromWord(capitalised(words[0] ?? "")) : null);
    const duties = owner ? words : country ? words.slice(1) : words;
    if (!counterpart && duties.length === 0 && !country) continue;
    // A top diplomat of no country told could be any of them: no one.
    if (top && !country) continue;
    // "the Indian foreign minister" is India's External Affairs Minister too (with its country
    // told: "his Foreign Minister" is not the Secretary of State he travels with).
    const foreign =
      top !== null || (country !== null && head === "minister" && duties.join(" ") === "foreign");
    const fits = (id: string) => {
      const p = personIn(ctx, id);
      const r = (p?.role ?? "").toLowerCase();
      if (country && p?.country !== country) return false;
      if (counterpart) return country !== null;
      if (foreign) return FOREIGN_OFFICE.test(r);
      return r.includes(head) && duties.every((w) => r.includes(w));
    };
    const recentFits = unique([...ctx.history].reverse().flat().filter(fits));
    const lead = recentFits.find((id) => ctx.leadPeople.includes(id));
    const own = ctx.home ? recentFits.find((id) => countryIn(ctx, id) === ctx.home) : undefined;
    const chosen =
      lead ?? own ?? recentFits[0] ?? namedLater(m[2] ?? "", ctx) ?? onlyLater(fits, ctx);
    if (chosen) return { id: chosen, at: m.index };
  }
  return null;
}

// "The meeting with the Pacific Islands Forum Secretary General" before the story names
// "Secretary General Henry Puna": the one person of the story whose office of two words or
// more ends the phrase, when no one named before fits.
function namedLater(phrase: string, ctx: Context): string | undefined {
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
function onlyLater(fits: (id: string) => boolean, ctx: Context): string | undefined {
  const before = new Set(ctx.history.flat());
  const later = ctx.people.filter((p) => !before.has(p.id) && fits(p.id));
  return later.length === 1 ? later[0]?.id : undefined;
}

function countriesOffice(text: string, ctx: Context): { id: string; at: number }[] {
  const before = COUNTRIES_PLURAL.exec(text);
  const after = before ? null : PLURAL_OF_COUNTRIES.exec(text);
  const found = before ?? after;
  if (!found) return [];
  const [countriesText, office] = before ? [before[1], before[2]] : [after?.[2], after?.[1]];
  const countries = unique(countryWordsIn(countriesText ?? "").map((c) => c.country));
  if (countries.length < 2) return [];
  // "The ministers" are not the heads of government ("Prime Minister") the story names.
  const role = (id: string) => personIn(ctx, id)?.role ?? "";
  const minister = (id: string) => /minister/i.test(role(id)) && !LEADER_ROLE.test(role(id));
  const generic = /^ministers$/i.test(office ?? "");
  const fits = generic ? minister : kindFilter(office ?? "", ctx.people);
  // "the Russian and Indian foreign ministers" with India's told as External Affairs
  // Minister: of a country no holder of the very office fits, its ministers do.
  const broad = /ministers$/i.test(office ?? "") ? minister : fits;
  const picked = countries.map((country) => {
    const of = ctx.people.filter((p) => p.country === country);
    const exact = of.filter((p) => fits(p.id));
    return exact.length > 0 ? exact : of.filter((p) => broad(p.id));
  });
  // Each country must have its people in the story, or the phrase is read as no one's.
  if (picked.some((ps) => ps.length === 0)) return [];
  // One of each country first, so that a title reads "A–B" across the two sides.
  const rounds = Math.max(...picked.map((ps) => ps.length));
  const order = Array.from({ length: rounds }, (_, i) => picked.flatMap((ps) => ps[i] ?? []));
  return order.flat().map((p) => ({ id: p.id, at: found.index }));
}

function leadersNext(ctx: Context): string[] {
  const role = (id: string) => personIn(ctx, id)?.role ?? "";
  const leaders = unique((ctx.next ?? []).filter((id) => LEADER_ROLE.test(role(id))));
  return leaders.length === 2 ? leaders : [];
}

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const unique = (ids: string[]) => [...new Set(ids)];

/** An office as compared: lower case, the British spelling ("defense" -> "defence"). */
const officeKey = (text: string) => text.toLowerCase().replace(/defense/g, "defence");

// "the two leaders" are the last two heads of state or government named, not the aide
// quoted in between; "the ministers" the last two ministers.
const LEADER_ROLE = eventPhrases.leaderRole;

function kindFilter(words: string, people: Entity[]): (id: string) => boolean {
  const role = (id: string) => people.find((p) => p.id === id)?.role ?? "";
  if (/(?<!(?:foreign|defen[cs]e) )leaders|heads of state/i.test(words))
    return (id) => LEADER_ROLE.test(role(id));
  // "the two presidents", "the two foreign ministers": holders of that office.
  const office = /\b(president|(?:foreign|defen[cs]e|prime) minister)s\b/i.exec(words)?.[1];
  if (office) {
    const said = officeKey(office);
    return (id) => officeKey(role(id)).includes(said);
  }
  if (/top diplomats/i.test(words)) return (id) => FOREIGN_OFFICE.test(role(id));
  if (/ministers/i.test(words)) return (id) => /minister/i.test(role(id));
  return () => true;
}

function recentPeople(
  history: string[][],
  n: number,
  fits: (id: string) => boolean = () => true,
): string[] {
  const fitting = recentOf(history, n, fits);
  return fitting.length === n ? fitting : recentOf(history, n, () => true);
}

function recentOf(history: string[][], n: number, fits: (id: string) => boolean): string[] {
  const out: string[] = [];
  for (const ids of [...history].reverse())
    for (const id of ids) {
      if (!fits(id)) continue;
      if (!out.includes(id)) out.push(id);
      if (out.length >= n) return out;
    }
  return out;
}

// "conveyed the greetings of President Z", "on behalf of", "invited by", "congratulated Z",
// "briefed him on President Z's trip": Z is named in the event but does not take part in it.
const ABSENT_BEFORE = eventPhrases.absentBefore;

// "travelling to Sydney at the invitation of Prime Minister X", "a visit to Brasilia,
// invited by President Y": the one who invites to a visit is its host, and takes part.
const INVITER_BEFORE = eventPhrases.inviterBefore;

// "Foreign Secretary X, at a media briefing, said the visit will be a short one": read from
// the name, an official briefing the media tells of the event and does not take part in it.
const BRIEFS_AFTER = eventPhrases.briefsAfter;

// "\"The President is leaving for India on October 4,\" Putin's aide Yury Ushakov told
// reporters.": the one who ends a sentence saying a quote tells what it says and does not do
// it, unless the quote speaks in the first person ("\"We had useful talks,\" X said.").
const QUOTE_SPEAKER_BEFORE = eventPhrases.quoteSpeakerBefore;
const QUOTE_SPEAKER_AFTER = eventPhrases.quoteSpeakerAfter;
const FIRST_PERSON = eventPhrases.quoteFirstPerson;

/** Whether the person named at `at` is the speaker a sentence names just after a closing
 * quote ('"...," Defence Secretary Lena Berg said.'). */
export function quoteSpeakerAt(text: string, at: number): boolean {
  return (
    QUOTE_SPEAKER_BEFORE.test(text.slice(0, at)) &&
    QUOTE_SPEAKER_AFTER.test(text.slice(at, at + 160))
  );
}

/** Whether a quote speaks in the first person ("I will", "we have agreed", "our talks"). */
export function firstPersonQuote(quote: string): boolean {
  return FIRST_PERSON.test(quote);
}

export function notTakingPart(text: string, at: number, visit = false): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  const after = text.slice(at, at + 160);
  if (BRIEFS_AFTER.test(after)) return true;
  const quote = QUOTE_SPEAKER_BEFORE.exec(text.slice(0, at));
  if (quote && QUOTE_SPEAKER_AFTER.test(after) && !FIRST_PERSON.test(text.slice(0, quote.index)))
    return true;
  if (visit && INVITER_BEFORE.test(before)) return false;
  return ABSENT_BEFORE.test(before);
}

/** The story's person of this id, if it names them. */
function personIn(ctx: Context, id: string): Entity | undefined {
  return ctx.people.find((p) => p.id === id);
}

function countryIn(ctx: Context, id: string): string | null | undefined {
  return personIn(ctx, id)?.country;
}
