// People named in one paragraph: after a title ("Russian President Vladimir Putin"), in an
// apposition ("Sebastien Lecornu, France's armed forces minister,"), or by a reference name.
// Each hit records what its own words say about country and role.

import { directName, givenNameGen, nameAfterOffice } from "./title-names";
import { insideNamed, personHit, type Cue, type ParagraphInput } from "./person-hit";
import { countryFromWord, countryWordsIn } from "./reference";
import { appositivePeople, matchOfficial, referencePeople } from "./untitled-people";
import { describedPeople } from "./described-people";
import type { Sentence } from "./sentences";
import { appositionCountry, sentenceCountries, titleTail } from "./country-cues";
import { findTitles, type TitleHit } from "./titles";
import type { PersonHit } from "./types";

export function findPeople(input: ParagraphInput): PersonHit[] {
  const titles = findTitles(input.text);
  // "Ambassador of Egypt to India Mr X": the office and the courtesy title both lead to X;
  // the first, fuller phrase speaks for X.
  const titled = titledPeople(input, titles).filter(
    (h, i, all) => !all.slice(0, i).some((o) => overlaps(o, h)),
  );
  const hits = [...titled, ...appositivePeople(input, titles)];
  for (const d of describedPeople(input)) if (!hits.some((h) => overlaps(h, d))) hits.push(d);
  for (const ref of referencePeople(input)) if (!hits.some((h) => overlaps(h, ref))) hits.push(ref);
  for (const h of hits) h.refId ??= matchOfficial(h.tokens)?.id ?? null;
  hits.sort((a, b) => a.start - b.start);
  for (const h of hits) h.country ??= ledByCountry(input.text, h.start);
  linkCounterparts(hits, input.sentences);
  shareListCountry(hits, input.text);
  return hits;
}

// "their Canadian counterparts, Foreign Minister A and Defence Minister B": the adjective
// before the plural "counterparts" covers every titled person in the list that follows.
function shareListCountry(hits: PersonHit[], text: string): void {
  for (let i = 1; i < hits.length; i++) {
    const prev = hits[i - 1];
    const hit = hits[i];
    if (!prev || !hit || hit.country || !prev.country || !prev.counterpart) continue;
    const gap = text.slice(prev.end, hit.start);
    const listed = /^(?:,\s*|,?\s+and\s+)(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}$/u.test(gap);
    if (listed && /\bcounterparts\b/.test(text.slice(Math.max(0, prev.start - 120), prev.start)))
      hit.country = prev.country;
  }
  for (let i = 1; i < hits.length; i++) {
    const prev = hits[i - 1];
    const hit = hits[i];
    if (!prev || !hit || hit.country || !prev.country) continue;
    if (possessiveList(text, prev, hit) === prev.country) hit.country = prev.country;
  }
}

// "Norway's Chief of Defence General A and Deputy Minister of Defence B": the possessive
// covers the next official in the list when that one, too, starts with a title.
const POSSESSIVE_TITLE =
  /\b(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)['’]s\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){1,10}$/u;
const TITLED_ITEM = /^(?:,\s*|,?\s+and\s+)(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){1,10}$/u;

function possessiveList(text: string, prev: PersonHit, hit: PersonHit): string | null {
  if (hit.role === null && hit.rank === null) return null;
  const gap = text.slice(prev.end, hit.start);
  if (!TITLED_ITEM.test(gap)) return null;
  const before = text.slice(Math.max(0, prev.start - 120), prev.start);
  const owner = POSSESSIVE_TITLE.exec(before);
  const words = owner?.[1]?.split(/\s+/) ?? [];
  const possessive =
    countryFromWord(words.join(" ")) ?? countryFromWord(words[words.length - 1] ?? "");
  if (possessive) return possessive;
  // "Japanese Foreign Minister A and Defence Minister B": an adjective opening a pair joined
  // by "and" covers both (a comma-separated list may already be someone else's), unless
  // both hold the same office, which one country does not have twice.
  const adjective = ADJECTIVE_TITLE.exec(before);
  if (!adjective?.[1] || !/^\s+and\s/.test(gap) || hit.role === prev.role) return null;
  return countryFromWord(adjective[1]);
}

const ADJECTIVE_TITLE =
  /(?:^|[^\p{L}\s]\s*|\s(?:with|and|by|to|from|met|of)\s+)(\p{Lu}\p{Ll}+)\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){1,8}$/u;

const COURTESY = /^\s+(?:Mr|Mrs|Ms|Dr|Shri|Smt|H\.?E\.?)\.?(?=\s+\p{Lu})/u;

// "the frigate Admiral Golovko", "the ship Vice-Admiral Kulakov": ships named after officers.
const SHIP_BEFORE =
  /\b(?:frigates?|ships?|warships?|destroyers?|corvettes?|cruisers?|carriers?|submarines?|vessels?|icebreakers?|boats?|tankers?)\s+(?:the\s+)?$/i;
const RETIRED = /^\s*\((?:retd?|rtd|retired)\.?\)/i;

function titledPeople(input: ParagraphInput, titles: TitleHit[]): PersonHit[] {
  const out: PersonHit[] = [];
  for (const chain of titleChains(input.text, titles)) {
    const last = chain[chain.length - 1];
    const first = chain[0];
    if (!last || !first) continue;
    // "Major General (retd) X": the retirement mark belongs to the title.
    const titleEnd = last.end + (RETIRED.exec(input.text.slice(last.end))?.[0].length ?? 0);
    const tail = titleTail(input.text, titleEnd);
    const afterTail = titleEnd + (tail?.length ?? 0);
    // "Ambassador of Egypt to India Mr Kamel Zayed Galal": a courtesy title before the name.
    const courtesy = tail ? (COURTESY.exec(input.text.slice(afterTail))?.[0].length ?? 0) : 0;
    const name =
      directName(input.text, afterTail + courtesy) ?? nameAfterOffice(input.text, titleEnd, titles);
    if (!name || insideNamed(name, input.named) || titles.some((t) => overlaps(t, name))) continue;
    if (SHIP_BEFORE.test(input.text.slice(Math.max(0, first.start - 40), first.start))) continue;
    // "formerly the Admiral Gorshkov": a rank and one word after "the" name a ship.
    const rankOnly = chain.every((t) => t.kind === "rank");
    const afterThe = /\bthe\s+$/.test(input.text.slice(Math.max(0, first.start - 5), first.start));
    if (rankOnly && afterThe && name.tokens.length === 1) continue;
    const given = givenNameGen(input.text, chain, name);
    if (given) chain.pop();
    const phraseStart = rolePhraseStart(input.text, first.start, input.sentences);
    const cue = countryCue(input, phraseStart, name.start, tail?.country ?? null, first.start);
    const after = appositionCountry(input.text, name.end);
    const hit = personHit(input, given ?? name, {
      // "counterparts, Foreign Minister X": the word "counterparts" names no office itself.
      role: chain.find((t) => t.kind === "office" && t.role)?.role ?? null,
      rank: chain.find((t) => t.kind === "rank")?.role ?? null,
      ...cue,
      country: cue.country ?? after ?? chain.find((t) => t.country)?.country ?? null,
    });
    const sentence = input.sentences.find((s) => s.start <= name.start && name.start < s.end);
    const around = sentenceCountries(input.text, input.named, sentence?.start ?? 0, phraseStart);
    hit.localCountry = around.local;
    hit.nearbyCountry = around.nearby;
    hit.notCountry = tail?.destination ?? destinationAfter(input, name.end);
    out.push(hit);
  }
  return out;
}

// Titles directly following each other ("Defence Minister Lieutenant General") read as one.
function titleChains(text: string, titles: TitleHit[]): TitleHit[][] {
  const chains: TitleHit[][] = [];
  for (const t of titles) {
    const current = chains[chains.length - 1];
    const prev = current?.[current.length - 1];
    // "Deputy Chief of the Army Staff (Strategy) Lieutenant General": one person's titles.
    const gap = text.slice(prev?.end ?? 0, t.start);
    if (current && prev && /^[\s,]*(?:\([^()]{1,40}\)[\s,]*)?$/.test(gap)) current.push(t);
    else chains.push([t]);
  }
  return chains;
}

// The words before a title that still describe the same person: capitalised words and
// connectors ("Head of the Russian delegation, Deputy Chief of ..."), back to a verb or "and".
function rolePhraseStart(text: string, titleStart: number, sentences: Sentence[]): number {
  const sentence = sentences.find((s) => s.start <= titleStart && titleStart < s.end);
  const from = sentence?.start ?? 0;
  const before = text.slice(from, titleStart);
  // Lower-case status words ("Iran's acting Foreign Minister") belong to the phrase too, and
  // so does "and" between two offices of one person ("Deputy Prime Minister and Defence Minister").
  const m =
    /(?:(?:\p{Lu}[\p{L}\p{N}'’.&-]*|of|the|in(?= \p{Lu})|his|her|their|its|counterpart|counterparts|delegation|acting|interim|caretaker|then|former|outgoing|incoming|(?<=(?:Minister|Secretary|Chief|General|Admiral|Commander|President|Director|Adviser|Advisor|Marshal)\s)and(?=\s+(?:\p{Lu}|$))|,)\s*)*$/u.exec(
      before,
    );
  return from + (m ? m.index : before.length);
}

// "the Russian side was headed by ...", "The Indian delegation at the talks, which ..., is
// being led by BSF chief ...". The gap may not name another side, so that in "A's delegation
// is led by X, while B's side is headed by Y" each leader keeps their own side.
const LED_BY =
  /\b(\p{Lu}[\p{L}-]+)(?:['’]s)? (?:side|delegation|team|contingent)\b(?:(?!\b(?:side|delegation|team|contingent)\b)[^.;]){0,100}?\b(?:(?:is|was|were|are) )?(?:being )?(?:led|headed|represented) by\s+(?:[\p{L}-]+\s+){0,2}$/u;

// "a delegation of the Indian Air Force headed by ...".
const LED_BY_OF =
  /\b(?:delegation|team|contingent) of (?:the )?(\p{Lu}[\p{L}-]+)\b[^.;]{0,60}?\b(?:led|headed) by\s+(?:[\p{L}-]+\s+){0,2}$/u;

function ledByCountry(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 200), at);
  const led = LED_BY.exec(before) ?? LED_BY_OF.exec(before);
  return led?.[1] ? countryFromWord(led[1]) : null;
}

function countryCue(
  input: ParagraphInput,
  from: number,
  to: number,
  tailCountry: string | null,
  titleStart: number,
): Cue {
  const ledCountry = ledByCountry(input.text, from);
  const phrase = input.text.slice(from, to);
  const counterpart = /\bcounterparts?\b/.test(phrase);
  const own = ownCountry(phrase);
  if (own) return { country: own, international: false, counterpart };
  if (tailCountry) return { country: tailCountry, international: false, counterpart };
  if (ledCountry) return { country: ledCountry, international: false, counterpart };
  // Like the country word, the body must be this person's: after the last comma or "and".
  const pre = input.text.slice(from, Math.max(from, titleStart));
  const lastBreak = Math.max(pre.lastIndexOf(","), pre.lastIndexOf(" and "));
  const ownFrom = lastBreak >= 0 ? from + lastBreak + 1 : from;
  const orgs = input.named.filter(
    (n) => n.kind === "organization" && n.start >= ownFrom && n.end <= to,
  );
  const national = orgs.find((o) => o.country !== null);
  if (national) return { country: national.country, international: false, counterpart };
  const place = placeBefore(input, from, titleStart);
  if (place) return { country: place, international: false, counterpart };
  return { country: null, international: orgs.some((o) => o.international), counterpart };
}

// "Uttar Pradesh Chief Minister X", "the region's Governor X" after "in Kaliningrad": a
// regional office belongs to the place it is named after.
const PLACE_POSSESSIVE = /\bthe (?:region|state|province|city|territory|island)['’]s\s+$/;

function placeBefore(input: ParagraphInput, from: number, titleStart: number): string | null {
  const places = input.named.filter((n) => n.kind === "place" && n.country !== null);
  const adjacent = places.find(
    (p) => p.start >= from && /^\s+$/.test(input.text.slice(p.end, titleStart)),
  );
  if (adjacent) return adjacent.country;
  if (!PLACE_POSSESSIVE.test(input.text.slice(Math.max(0, from - 30), from))) return null;
  const sentence = input.sentences.find((s) => s.start <= from && from < s.end);
  const earlier = places.filter((p) => p.end <= from && p.start >= (sentence?.start ?? 0));
  return earlier[earlier.length - 1]?.country ?? null;
}

// The phrase can run back over an earlier person in a list ("US Secretary of State A, Japanese
// Foreign Minister B"): the country word after the last comma or "and" is this person's, if any.
function ownCountry(phrase: string): string | undefined {
  const lastBreak = Math.max(phrase.lastIndexOf(","), phrase.lastIndexOf(" and "));
  const nearest = lastBreak >= 0 ? countryWordsIn(phrase.slice(lastBreak + 1))[0] : undefined;
  return nearest?.country ?? countryWordsIn(phrase)[0]?.country;
}

// "his Russian counterpart X": X's role (and, without an adjective, country) follow from
// the person named just before in the same sentence.
function linkCounterparts(hits: PersonHit[], sentences: Sentence[]): void {
  hits.forEach((hit, i) => {
    if (!hit.counterpart) return;
    const sentence = sentences.find((s) => s.start <= hit.start && hit.start < s.end);
    for (let j = i - 1; j >= 0; j--) {
      const prev = hits[j];
      if (!prev || (sentence && prev.start < sentence.start)) break;
      if (prev.refId !== null && prev.refId === hit.refId) continue;
      hit.counterpartOf = prev;
      break;
    }
  });
}

// "X had visited New Delhi in July 2011": whoever travels to a country is not from it.
const TRAVELLED =
  /^,?\s+(?:had |has |have |will |would |is to |was to )?(?:visited|visit|arrived in|travelled to|traveled to|flew to|landed in|came to)\s+(?:the\s+)?$/;

function destinationAfter(input: ParagraphInput, nameEnd: number): string | null {
  const place = input.named.find(
    (n) =>
      (n.kind === "place" || n.kind === "country") &&
      n.country !== null &&
      n.start > nameEnd &&
      TRAVELLED.test(input.text.slice(nameEnd, n.start)),
  );
  return place?.country ?? null;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
