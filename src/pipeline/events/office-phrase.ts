// A sentence may name a participant by office alone ("The external affairs minister
// arrived", "Venezuela's Foreign Minister", "Foreign Secretary called on ..."): this decides
// which of the story's people such a description is.

import { countryFromWord, officeTitles, roleWords } from "../entities/reference";
import escapeRegExp from "escape-string-regexp";
import { eventPhrases, eventWordLists, eventWords } from "../rules/event-phrases";
import { namedLater, onlyLater } from "./named-later";
import {
  capitalised,
  countryIn,
  FOREIGN_OFFICE,
  LEADER_ROLE,
  officeKey,
  personIn,
  type StoryPeople,
  unique,
} from "./story-people";

// "The external affairs minister arrived", "the Japanese vice minister", "his Russian
// counterpart": an office described with words of its own, no name after it, is the person
// the story has named with that office (the words of the description all in their role, a
// country word their country). Of several, the lead's, the story's own country's, else the
// one named last.
const LISTS = eventWordLists;
// A word with or without its capital ("Minister", "minister"; "The", "the").
const eitherCase = (w: string) =>
  `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${escapeRegExp(w.slice(1))}`;
const anyOf = (words: readonly string[]) =>
  [...words]
    .sort((x, y) => y.length - x.length)
    .map((w) => w.split(" ").map(eitherCase).join(" "))
    .join("|");
const ROLE_HEADS = anyOf([...roleWords, ...LISTS.counterpartWords.words]);
// "The Turkish FM is expected to visit Baghdad", "The PM will meet Putin": an office written
// short, as the reference titles spell it (capitals only, case as written), is the office in
// full ("foreign minister", "prime minister"). It is a whole office, so no word need lead it.
const SHORT_OFFICES = new Map(
  officeTitles.flatMap((t) =>
    t.caseSensitive && t.role && /^[A-Z]{2,4}$/.test(t.pattern)
      ? [[officeKey(t.pattern), officeKey(t.role)] as const]
      : [],
  ),
);
const SHORT_HEADS = [...SHORT_OFFICES.keys()].map((k) => k.toUpperCase()).join("|");
// "Qatar's ruler", "the Kuwaiti leader": a word for whoever leads a country needs no other
// word before it (rules/en/event-phrases.json, leaderWords).
const LEADER_HEADS = anyOf(LISTS.leaderWords.words);
// "Venezuela's Foreign Minister has arrived": a country's possessive stands for "the
// Venezuelan" (the determiner is captured so that its country can be read). A qualifier may be
// written short ("the Hon. Foreign Minister"): its full stop ends no office.
export const OFFICE_PHRASE = new RegExp(
  `\\b(${anyOf(LISTS.officeDeterminers.words)}|\\p{Lu}[\\p{L}-]+['’]s) (?:(?:${anyOf(LISTS.officeQualifiers.words)})\\.? )?((?:[\\p{L}-]+ ){1,4}?(?:${ROLE_HEADS})|(?:[\\p{L}-]+ ){0,3}?(?:${SHORT_HEADS})|(?:${LEADER_HEADS}))(?![\\p{L}-])(?![ \\t]+\\p{Lu})`,
  "gu",
);

// "Foreign Secretary called on ...", "Prime Minister conveyed his greetings": releases
// open sentences with the bare office of the person they are about, no article, no name.
const BARE_OFFICE = eventPhrases.bareOffice;
const TOP_DIPLOMAT = eventPhrases.topDiplomat;

function bareOffice(text: string, ctx: StoryPeople): { id: string; at: number } | null {
  const m = BARE_OFFICE.exec(text);
  const office = m?.[1] === undefined ? undefined : officeKey(m[1]);
  if (!m || !office) return null;
  const holds = (id: string) => (personIn(ctx, id)?.role ?? "").toLowerCase() === office;
  const holders = unique([...ctx.history].reverse().flat().filter(holds));
  const lead = holders.find((id) => ctx.leadPeople.includes(id));
  const chosen = lead ?? holders[0];
  return chosen ? { id: chosen, at: m.index } : null;
}

export function officePhrase(text: string, ctx: StoryPeople): { id: string; at: number } | null {
  const bare = bareOffice(text, ctx);
  if (bare) return bare;
  for (const m of text.matchAll(OFFICE_PHRASE)) {
    const owner = /['’]s$/.test(m[1] ?? "") ? countryFromWord(m[1] ?? "") : null;
    if (/['’]s$/.test(m[1] ?? "") && !owner) continue;
    // "the top Russian diplomat", "China's top diplomat": its foreign minister.
    const top = TOP_DIPLOMAT.exec(m[2] ?? "");
    const topCountry = top ? countryFromWord(top[1] ?? top[2] ?? "") : null;
    const written = top ? [] : officeKey(m[2] ?? "").split(" ");
    const short = SHORT_OFFICES.get(written[written.length - 1] ?? "");
    const words = short ? [...written.slice(0, -1), ...short.split(" ")] : written;
    const head = top ? "diplomat" : (words.pop() ?? "");
    const counterpart = eventWords.counterpartWords.test(head);
    // "Qatar's ruler", "the Kuwaiti leader": a word for whoever leads the country, no office.
    const leader = eventWords.leaderWords.test(head);
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
      if (leader) return duties.length === 0 && LEADER_ROLE.test(p?.role ?? "");
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
