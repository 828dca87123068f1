// People named without a title in front: in an apposition ("Sebastien Lecornu, France's
// armed forces minister,") or by a name from the reference list of officials.

import { labelsAGovernment } from "./attributive";
import escapeRegExp from "escape-string-regexp";
import { nameAt, type NameMatch } from "./names";
import { CHAIN_PARTICLES, isNameParticle, isNeverInPersonalName } from "./name-words";
import { insideNamed, personHit, type ParagraphInput } from "./person-hit";
import { appositionCountry, runsOnToName, titleTail } from "./country-cues";
import { countryWordsIn, officials, type OfficialRef } from "./reference";
import type { TitleHit } from "./titles";
import { COURTESY_AFTER, OFFICE_TO_CLOSE, SUBJECT_VERB_AFTER } from "../rules/entity-cues";
import type { PersonHit } from "./types";

const WORD_BEFORE = /(\p{Lu}\p{Ll}+)\s+$/u;

// "Fahad Bin Mahmoud Al Saeed, Deputy Prime Minister": the pattern takes four words, and a
// name does not begin with "Bin" or "Al"; the words before it (two at most) join the name as
// far as they read as one.
function withGivenNameBefore(text: string, name: NameMatch | null): NameMatch | null {
  let found = name;
  for (let step = 0; step < 2; step++) {
    if (!found || (!isNameParticle((found.tokens[0] ?? "").toLowerCase()) && step === 0)) break;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, found.start - 30), found.start));
    if (!before) break;
    const longer = nameAt(text, found.start - before[0].length);
    if (!longer || longer.end !== found.end) break;
    found = longer;
  }
  return found;
}

// "Sebastien Lecornu, the French armed forces minister," / "Lecornu, France's minister for ..."
export function appositivePeople(input: ParagraphInput, titles: TitleHit[]): PersonHit[] {
  const out: PersonHit[] = [];
  const re =
    /(\p{Lu}\p{Ll}+(?:[-'’]\p{L}\p{Ll}+)*(?:\s+(?:(?:van|von|de|da|di|der|den|bin|al|el|la|le|du|dos)\s+)?\p{Lu}\p{Ll}+(?:[-'’]\p{L}\p{Ll}+)*){1,3}),\s+(?:the\s+|a\s+|an\s+)?(?:(?:former|then|current|acting|retired|outgoing|incoming|newly appointed)\s+)?((?:\p{Lu}[\w'’-]*\s+){1,2})?/gu;
  for (let m = re.exec(input.text); m; m = re.exec(input.text)) {
    // The words after the comma may be the title itself ("X, Deputy Secretary of ...").
    const end = m.index + m[0].length;
    const wordsStart = end - (m[2]?.length ?? 0);
    const title =
      titles.find((t) => t.start >= wordsStart && t.start <= end) ??
      describedTitle(input, titles, end);
    const raw = m[1];
    if (!title || !raw || title.kind === "honorific") continue;
    // "the Amiri Diwan, the emir's office": what belongs to an office holder is no person.
    if (/^['’]s\s/.test(input.text.slice(title.end))) continue;
    // "from his Facebook Account, the Prime Minister said": the title opens a clause.
    if (SUBJECT_VERB_AFTER.test(input.text.slice(title.end))) continue;
    // "A, Canadian Defence Minister B and ...": a list of titled people, not an apposition.
    // A title closed by a semicolon ("A, Minister of Defence; B, Minister of ...") is A's.
    if (/^\s/.test(input.text.slice(title.end)) && isListedName(input.text, title.end + 1))
      continue;
    // "A, Rwandan Minister of ..., Special Envoy ... B, will visit": B's offices, run on to B.
    // "A, Ambassador of the Republic of Chile H.E. Mr. B": the office leads to B over its
    // country and B's courtesy titles.
    if (runsOnToName(input.text.slice(m.index + raw.length))) continue;
    if (tailLeadsToName(input.text, title.end)) continue;
    const name = withGivenNameBefore(input.text, nameAt(input.text, m.index));
    if (!name || name.end !== m.index + raw.length || name.tokens.length < 2) continue;
    // "the security of the Sulu Sea, Indonesia's Minister of Defence": a place, not a person.
    if (name.tokens.slice(1).some(isNeverInPersonalName)) continue;
    if (insideNamed(name, input.named)) continue;
    // "Admiral Alexander Moiseev, the Commander-in-Chief": titled already, found as such.
    // "Welcoming Sheikh Abdullah, the King in return ...": a title with name words after it is
    // where the name starts (found as such), and "the King" the clause's subject, not his
    // office. A title word last is a surname ("St. Clair Prince, Minister of Health").
    if (titles.some((t) => t.start <= name.start && name.start < t.end)) continue;
    if (titles.some((t) => t.start > name.start && t.end < name.end)) continue;
    const country =
      countryWordsIn(input.text.slice(wordsStart, title.start))[0]?.country ??
      appositionCountry(input.text, name.end, input.named);
    out.push(
      personHit(input, name, {
        role: title.kind === "office" ? title.role : null,
        rank: title.kind === "rank" ? title.role : null,
        country,
        international: false,
        counterpart: false,
      }),
    );
  }
  return out;
}

// "Stephen Smith: Minister for Defence", "I (Stephen Smith: Minister for Defence) depart":
// a name, a colon and an office phrase that closes the paragraph or the bracket. A colon
// before anything else (a speaker's words) is not this. The words that may join the office
// phrase: rules/en/entity-cues.json (officeLinkWords).
const COLON_NAME =
  /(?<![\p{L}.])(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)*(?:\s+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)*){1,3}):\s+/gu;

export function colonTitledPeople(input: ParagraphInput, titles: TitleHit[]): PersonHit[] {
  const out: PersonHit[] = [];
  COLON_NAME.lastIndex = 0;
  for (let m = COLON_NAME.exec(input.text); m; m = COLON_NAME.exec(input.text)) {
    const at = m.index + m[0].length;
    const title = titles.find((t) => t.start === at && t.kind === "office");
    if (!title || !OFFICE_TO_CLOSE.test(input.text.slice(title.end))) continue;
    const name = nameAt(input.text, m.index);
    if (!name || name.end !== m.index + (m[1]?.length ?? 0) || name.tokens.length < 2) continue;
    if (insideNamed(name, input.named) || name.tokens.some(isNeverInPersonalName)) continue;
    if (titles.some((t) => t.start < name.end && name.start < t.end)) continue;
    out.push(
      personHit(input, name, {
        role: title.role,
        rank: null,
        country: null,
        international: false,
        counterpart: false,
      }),
    );
  }
  return out;
}

/** "Minister for Defence Equipment & Support": a word joined by "&" to the next one is
 * more of the portfolio, not a name. */
export const portfolioGoesOn = (rest: string): boolean => /^\s*&\s*\p{Lu}/u.test(rest);

// "Ambassador of the Republic of Chile H.E. Mr. B": a title's country tail and courtesy
// titles that lead on to a name are that name's.
function tailLeadsToName(text: string, titleEnd: number): boolean {
  const tail = titleTail(text, titleEnd);
  if (!tail) return false;
  let at = titleEnd + tail.length;
  for (let c = COURTESY_AFTER.exec(text.slice(at)); c; c = COURTESY_AFTER.exec(text.slice(at)))
    at += c[0].length;
  return isListedName(text, at);
}

// A single word that the portfolio goes on from is no listed person's name.
function isListedName(text: string, at: number): boolean {
  const name = nameAt(text, at);
  return !!name && !(name.tokens.length === 1 && portfolioGoesOn(text.slice(name.end)));
}

/** Words that may stand between an apposition's comma and its title: "Morocco's defence
 * administration minister", "the country's deputy chief of ...". */
const DESCRIBING_POS = new Set(["ADJ", "NOUN", "PROPN", "PART"]);
const MAX_DESCRIBING_WORDS = 4;

/** The title a few describing words after the comma lead to, if nothing else stands between. */
function describedTitle(input: ParagraphInput, titles: TitleHit[], from: number): TitleHit | null {
  const title = titles.find((t) => t.start > from && t.kind === "office");
  if (!title) return null;
  const words = input.sentences
    .flatMap((s) => s.tokens)
    .filter((t) => t.start >= from && t.end <= title.start);
  if (words.length === 0 || words.length > MAX_DESCRIBING_WORDS) return null;
  if (
    input.text.slice(from, title.start).trim() !==
    input.text.slice(words[0]?.start ?? from, title.start).trim()
  )
    return null;
  return words.every((w) => DESCRIBING_POS.has(w.pos)) ? title : null;
}

const officialAliases = officials.flatMap((o) =>
  [o.name, ...o.aliases].map((alias) => ({ alias, official: o })),
);
// Each alias to the first official listing it, for lookups by the name as written (a scan of
// every alias for each name and each cut of it would grow with the list).
const officialByAlias = new Map<string, OfficialRef>();
for (const { alias, official } of officialAliases)
  if (!officialByAlias.has(alias)) officialByAlias.set(alias, official);
const officialRegex = new RegExp(
  `(?<![\\w-])(?:${officialAliases
    .map((a) => a.alias)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?![\\w-])`,
  "g",
);

export function referencePeople(input: ParagraphInput): PersonHit[] {
  const out: PersonHit[] = [];
  officialRegex.lastIndex = 0;
  for (let m = officialRegex.exec(input.text); m; m = officialRegex.exec(input.text)) {
    const official = officialByAlias.get(m[0]);
    if (!official) continue;
    const family = familyAfter(m[0], input.text.slice(m.index + m[0].length));
    const name: NameMatch = {
      start: m.index,
      end: m.index + m[0].length + family.length,
      tokens: (m[0] + family).split(/\s+/),
    };
    if (insideNamed(name, input.named) || labelsAGovernment(input.text, name.end)) continue;
    const hit = personHit(input, name, {
      role: null,
      rank: null,
      country: null,
      international: false,
      counterpart: false,
    });
    hit.refId = official.id;
    out.push(hit);
  }
  return out;
}

// "Faisal bin Farhan Al Saud", "Sabah Al Ahmad Al Jaber Al Sabah": a listed Arabic name
// (one with "bin" or "Al" in it) goes on with the family name written after it.
const FAMILY_AFTER = new RegExp(
  String.raw`^(?: (?:${CHAIN_PARTICLES})[ -]\p{Lu}\p{Ll}+)+(?![\w-])`,
  "u",
);
const CHAIN_PARTICLE = new RegExp(`^(?:${CHAIN_PARTICLES})$`);
function familyAfter(listed: string, rest: string): string {
  const words = listed.split(/\s+/).slice(1, -1);
  if (!words.some((w) => isNameParticle(w) || CHAIN_PARTICLE.test(w))) return "";
  return FAMILY_AFTER.exec(rest)?.[0] ?? "";
}

/** The reference official these name tokens denote, if exactly one fits: written as listed,
 * or as a listed Arabic name and the family name after it ("Prince Faisal bin Farhan Al
 * Saud", whose courtesy title is no part of the name, is the listed "Faisal bin Farhan"). */
export function matchOfficial(tokens: string[]): OfficialRef | null {
  const surface = tokens.join(" ");
  const exact = officialByAlias.get(surface);
  if (exact) return exact;
  for (let cut = tokens.length - 1; cut > 1; cut--) {
    const listed = tokens.slice(0, cut).join(" ");
    const rest = ` ${tokens.slice(cut).join(" ")}`;
    const found = officialByAlias.get(listed);
    if (found) return familyAfter(listed, rest) === rest ? found : null;
  }
  return null;
}
