// People named in one paragraph: after a title ("Russian President Vladimir Putin"), in an
// apposition ("Sebastien Lecornu, France's armed forces minister,"), or by a reference name.
// Each hit records what its own words say about country and role.

import { directName, givenNameGen, nameAfterOffice } from "./title-names";
import { officeWordAsName } from "./office-tail";
import type { NameMatch } from "./names";
import { insideNamed, personHit, type ParagraphInput } from "./person-hit";
import {
  appositivePeople,
  colonTitledPeople,
  matchOfficial,
  portfolioGoesOn,
  referencePeople,
} from "./untitled-people";
import { describedPeople } from "./described-people";
import { descriptionAfter, descriptionBefore } from "./name-context";
import type { SentenceSpan as Sentence, Token } from "../annotate/types";
import { rolePhraseStarts } from "./role-phrase";
import { sentenceAt } from "./sentence-at";
import { spansOverlap, TakenCharacters } from "./overlaps";
import {
  appositionCountry,
  ofCountryAfter,
  sentenceCountryFinder,
  titleTail,
} from "./country-cues";
import { findTitles, type TitleHit } from "./titles";
import { shareListCountry } from "./list-countries";
import { joinSurnameBefore } from "./surname-first";
import { bracketedCountry, bracketListPeople } from "./bracket-list-people";
import { contextPeople, listedWith } from "./context-people";
import { nameKey } from "./normalise";
import { speakerLabel } from "./speaker-labels";
import { pluralTitledPeople } from "./plural-titles";
import { countryCue, destinationAfter, ledByCountry } from "./phrase-cues";
import type { PersonHit } from "./types";
import { isBodyHead, NAME_PARTICLES, shipPrefixes, startsPersonalName } from "./name-words";
import { countryWordsIn, servingRoles } from "./reference";
import { personCues, reporterAfterCueWords } from "../rules/cue-rules";
import {
  COURTESY_AFTER,
  COURTESY_BEFORE,
  FIRM_BEFORE,
  SHIP_AFTER,
  SHIP_BEFORE,
  SHIP_NAME_LEAD,
  SUBJECT_VERB_AFTER,
  TITLE_MARK,
} from "../rules/entity-cues";

/** `titles`: the paragraph's titles when the caller has found them already; `ships`, when
 * given, receives the names read as ships' ("the frigate Admiral Golovko": "Golovko"), and
 * `reporters` the names (as nameKey gives them) of the reporters the paragraph names
 * ("NPR's X", "my colleague X", "X contributed to this report"). */
export function findPeople(
  input: ParagraphInput,
  titles: TitleHit[] = findTitles(input.text),
  ships?: Set<string>,
  reporters: Set<string> = new Set(),
): PersonHit[] {
  // "Ambassador of Egypt to India Mr X": the office and the courtesy title both lead to X;
  // the first, fuller phrase speaks for X.
  // Overlap checks go through an index of taken characters, not a scan of earlier hits per
  // hit (quadratic in a paragraph naming many people); hits are never empty spans.
  const seen = new TakenCharacters(input.text.length);
  const titled = titledPeople(input, titles, ships).filter((h) => {
    const first = !seen.anyIn(h.start, h.end);
    seen.take(h.start, h.end);
    return first;
  });
  for (const h of pluralTitledPeople(input, titles))
    if (!seen.anyIn(h.start, h.end)) {
      titled.push(h);
      seen.take(h.start, h.end);
    }
  const speaker = speakerLabel(input);
  // "Mrs. Maria Da Conceicao De Souza Pilar, Ambassador of ...": the apposition's shorter
  // reading of the name's last words is the titled person's, not someone else.
  const withinTitled = (h: PersonHit) =>
    titled.some(
      (t) => t.start <= h.start && h.end <= t.end && (t.start !== h.start || t.end !== h.end),
    );
  const hits = [
    ...(speaker ? [speaker] : []),
    ...titled,
    ...appositivePeople(input, titles).filter((h) => !withinTitled(h)),
    ...colonTitledPeople(input, titles),
  ];
  const taken = new TakenCharacters(input.text.length);
  for (const h of hits) taken.take(h.start, h.end);
  // "the death of Sheikh X", "the passing of former Premier Y": someone who has died,
  // named in passing; the name stays taken so no other finder reads it as a person.
  // "According to Prof X, ... University": a scholar the page gives no office or rank.
  // "Bureau Chief X and Y contributed to this report": reporters, however titled.
  // The titles leading to each name are walked once for both checks. The reporter cue's
  // rules run only in a paragraph holding its word (they cost 1% of a build asked of every name).
  const mayCredit = reporterAfterCueWords?.test(input.text) ?? true;
  const acting = (h: PersonHit) => {
    const starts = leadStarts(input.text, titles, h.start);
    if (mayCredit && reporterAfter(input, h)) {
      reporters.add(nameKey(h.tokens));
      return false;
    }
    return (
      !passingAt(input, starts) &&
      !(h.role === null && h.rank === null && scholarNamed(input, titles, h, starts))
    );
  };
  for (const extra of [...describedPeople(input), ...referencePeople(input)])
    if (!taken.anyIn(extra.start, extra.end)) {
      hits.push(extra);
      taken.take(extra.start, extra.end);
    }
  const untitled = contextPeople(input, titles, taken, reporters);
  hits.push(...untitled.found, ...listedWith(untitled.pending, hits, input));
  hits.push(...bracketListPeople(input, hits).filter((h) => !taken.anyIn(h.start, h.end)));
  for (const h of hits) joinSurnameBefore(h, input.text);
  for (const h of hits) h.refId ??= matchOfficial(h.tokens)?.id ?? null;
  hits.sort((a, b) => a.start - b.start);
  // "his counterparts X (South Africa), ...": the bracket is the person's own country.
  for (const h of hits)
    h.country ??= bracketedCountry(input.text, h.end) ?? ledByCountry(input.text, h.start);
  // "the Defence Secretary, DG, Coast Guards and senior officials": capitalised words that end
  // on a body's head word name that body, whichever finder read them as a name.
  const kept = hits.filter(
    (h) => acting(h) && !(h.tokens.length > 1 && isBodyHead(h.tokens[h.tokens.length - 1] ?? "")),
  );
  linkCounterparts(kept, input.sentences);
  shareListCountry(kept, input.text);
  return kept;
}

/** Whether the name at `at` is someone named in passing, no official acting in the story: a
 * 'deceased-before' cue right before the name or the titles that lead to it ("the passing of
 * former Premier X"), or a 'relative-before' cue right before the name or any title or
 * courtesy title that leads to it ("his wife Mrs X"). */
export function namedInPassing(
  input: Pick<ParagraphInput, "text" | "sentences">,
  titles: TitleHit[],
  at: number,
): boolean {
  return passingAt(input, leadStarts(input.text, titles, at));
}

// `starts`: the name's start, then each leading title's (leadStarts).
function passingAt(input: Pick<ParagraphInput, "sentences">, starts: number[]): boolean {
  // "his wife, X", "his wife Mrs X", "Brazilian first lady X": a spouse, named beside the
  // official, is no official acting in the story.
  if (starts.some((start) => cueEndsAt(input, start, "relative-before"))) return true;
  const lead = starts[starts.length - 1];
  return lead !== undefined && cueEndsAt(input, lead, "deceased-before");
}

/** Whether a 'scholar-before' cue stands right before the name or a title or courtesy title
 * that leads to it ("Prof X", "Vice-Chancellor Dr. X"), or a 'scholar-after' cue a few words
 * after the name ("Dr. X visiting Korea from the Brookings Institution"), and no description
 * beside them names an office ("the head of the defence industry agency, Prof. X" heads it). */
function scholarNamed(
  input: Pick<ParagraphInput, "text" | "sentences">,
  titles: TitleHit[],
  hit: PersonHit,
  starts: number[],
): boolean {
  const sentence = sentenceAt(input.sentences, hit.start);
  const before = starts.some((start) => cueEndsAt(input, start, "scholar-before"));
  if (!before && !(sentence && scholarAfter(sentence, hit.end))) return false;
  const lead = starts[starts.length - 1] ?? hit.start;
  return (
    descriptionBefore(input.text, sentence?.start ?? 0, lead, titles) === null &&
    descriptionAfter(input.text, hit.end, sentence?.end ?? input.text.length, titles) === null
  );
}

// The name's start, then the start of each title or courtesy title right before it, in turn.
function leadStarts(text: string, titles: TitleHit[], at: number): number[] {
  const starts = [at];
  for (let start = at; ;) {
    const before = text.slice(0, start);
    const title = titles.find((t) => t.end <= start && /^\s*$/.test(text.slice(t.end, start)));
    const courtesy = COURTESY_BEFORE.exec(before);
    if (title) start = title.start;
    else if (courtesy) start = before.length - courtesy[0].trimStart().length;
    else return starts;
    starts.push(start);
  }
}

// "X visiting Korea from the Brookings Institution": the cue starts within a few words after
// the name, with no punctuation between.
const SCHOLAR_AFTER_WITHIN = 4;
function scholarAfter(sentence: { tokens: Token[] }, nameEnd: number): boolean {
  return cueStartsAfter(sentence, nameEnd, "scholar-after", SCHOLAR_AFTER_WITHIN);
}

// "Bureau Chief X and Y contributed to this report": the cue starts right after the name.
function reporterAfter(input: Pick<ParagraphInput, "sentences">, hit: PersonHit): boolean {
  const sentence = sentenceAt(input.sentences, hit.start);
  return !!sentence && cueStartsAfter(sentence, hit.end, "reporter-after", 1);
}

// A cue that starts fewer than `within` words after the name, with no punctuation between.
function cueStartsAfter(
  sentence: { tokens: Token[] },
  nameEnd: number,
  cue: "scholar-after" | "reporter-after",
  within: number,
): boolean {
  const next = sentence.tokens.findIndex((t) => t.start >= nameEnd);
  if (next < 0) return false;
  return personCues
    .matchAll(sentence.tokens)
    .some(
      (m) =>
        m.rule.cue === cue &&
        m.start >= next &&
        m.start - next < within &&
        sentence.tokens.slice(next, m.start).every((t) => /^\p{L}/u.test(t.text)),
    );
}

function cueEndsAt(
  input: Pick<ParagraphInput, "sentences">,
  start: number,
  cue: "deceased-before" | "relative-before" | "scholar-before",
): boolean {
  const sentence = sentenceAt(input.sentences, start);
  if (!sentence) return false;
  const i = sentence.tokens.findIndex((t) => t.start >= start);
  return i > 0 && personCues.endingAt(sentence.tokens, i).some((r) => r.cue === cue);
}

// "the frigate Admiral Golovko", "the ship Vice-Admiral Kulakov": ships named after officers;
// "Spanish firm General Dynamics": a company named like an officer (SHIP_BEFORE and
// FIRM_BEFORE: the nouns are in rules/en/entity-cues.json).
const SHIP_CLASS_AFTER = /^[\s-]class\b/i;
const SHIP_CLASS_BEFORE = /[\p{L}\d]-class\s+$/iu;
// Between two ships' names in a list: a comma, "and", or both.
const SHIP_LIST_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;
// "INS Vikraditya (Admiral Gorshkov)": a rank and one word in brackets right after a ship's
// prefixed name (reference/name-words.json, shipPrefixes) are the ship's other name.
const SHIP_NAME_BRACKET = new RegExp(
  String.raw`\b(?:${shipPrefixes.join("|")})\s+\p{Lu}[\p{L}-]*\s*\(\s*$`,
  "u",
);

// The paragraph ends right after a name, or after a name particle that was to go on with it
// ("Their Royal Highnesses Prince Feisal bin" on a page cut off there).
const CUT_OFF = new RegExp(String.raw`^(?:\s+(?:${NAME_PARTICLES}))?\s*$`, "i");

// A single word after a title may still be the rest of the office, not a name: the
// portfolio before another title that names someone ("DG Acquisition Shri X"; not
// "Minister of Defense Nakatani Gen, and ..."), or a name cut off by a line
// break at the end of the paragraph ("Chancellor Angela" / "Merkel's government").
function singleWordIsName(text: string, name: NameMatch, titles: TitleHit[]): boolean {
  const rest = text.slice(name.end);
  if (CUT_OFF.test(rest) || portfolioGoesOn(rest)) return false;
  const next = /^\s+/.exec(rest)?.[0].length ?? -1;
  const title = titles.find((t) => t.start === name.end + next);
  // "the Deputy Foreign Minister, Culture Minister and ...": a capitalised word joined to
  // the office after it by one space is that office's portfolio.
  if (title && next === 1 && title.kind === "office" && /^\p{Lu}/u.test(text.charAt(title.start)))
    return false;
  return !title || directName(text, title.end) === null;
}

function titledPeople(
  input: ParagraphInput,
  titles: TitleHit[],
  ships: Set<string> = new Set(),
): PersonHit[] {
  const out: PersonHit[] = [];
  // The words before a title that still describe the same person: capitalised words and
  // connectors ("Head of the Russian delegation, Deputy Chief of ..."), back to a verb or
  // "and"; lower-case status words ("Iran's acting Foreign Minister") belong to it too, and
  // so does "and" between two offices of one person ("Deputy Prime Minister and Defence Minister").
  const rolePhraseStart = rolePhraseStarts(input.text, input.sentences);
  const sentenceCountries = sentenceCountryFinder(input.text, input.named);
  let lastShipEnd: number | null = null;
  for (const chain of titleChains(input.text, titles)) {
    const last = chain[chain.length - 1];
    const first = chain[0];
    if (!last || !first) continue;
    // "Major General (retd) X", "Col(Dr) X": the mark belongs to the title.
    const titleEnd = last.end + (TITLE_MARK.exec(input.text.slice(last.end))?.[0].length ?? 0);
    const tail = titleTail(input.text, titleEnd);
    const afterTail = titleEnd + (tail?.length ?? 0);
    // "Ambassador of Egypt to India Mr Kamel Zayed Galal": a courtesy title before the name.
    const courtesy = tail ? (COURTESY_AFTER.exec(input.text.slice(afterTail))?.[0].length ?? 0) : 0;
    const direct = directName(input.text, afterTail + courtesy);
    // "Deputy Minister of Trade, Industry and Competition X": a single word that belongs to
    // the office is no name; the name may follow the rest of the office.
    const officeWord =
      direct?.tokens.length === 1 && officeWordAsName(input.text, direct.start, direct.end);
    const name = (officeWord ? null : direct) ?? nameAfterOffice(input.text, titleEnd, titles);
    if (!name || insideNamed(name, input.named) || titles.some((t) => spansOverlap(t, name)))
      continue;
    const before = input.text.slice(Math.max(0, first.start - 40), first.start);
    if (FIRM_BEFORE.test(before)) continue;
    // "two Admiral Grigorovich class frigates": a ship's class named after an officer.
    const shipClass = SHIP_CLASS_AFTER.test(input.text.slice(name.end, name.end + 8));
    // "formerly the Admiral Gorshkov", "the battleship, the 'Admiral Gorshkov'", "INS
    // Vikramaditya, formerly Adm Gorshkov", "Admiral Gorshkov aircraft carrier": a rank and
    // one word after a lead word, or before a vessel noun, name a ship.
    // "the Kiev-class Admiral Gorshkov", "destroyers Admiral Vinogradov and Admiral Tributs":
    // after a ship's class, or listed right after a ship's name, too.
    const rankOnly = chain.every((t) => t.kind === "rank");
    const led =
      rankOnly &&
      name.tokens.length === 1 &&
      (SHIP_NAME_LEAD.test(before) ||
        SHIP_NAME_BRACKET.test(before) ||
        SHIP_CLASS_BEFORE.test(before) ||
        (lastShipEnd !== null && SHIP_LIST_GAP.test(input.text.slice(lastShipEnd, first.start))) ||
        SHIP_AFTER.test(input.text.slice(name.end, name.end + 40)));
    if (SHIP_BEFORE.test(before) || shipClass || led) {
      // The article may name the ship again without the words that tell it is one.
      if (rankOnly) ships.add(input.text.slice(name.start, name.end));
      lastShipEnd = name.end;
      continue;
    }
    if (name.tokens.length === 1 && !singleWordIsName(input.text, name, titles)) continue;
    const given = givenNameGen(input.text, chain, name);
    if (given) chain.pop();
    const phraseStart = rolePhraseStart(first.start);
    const cue = countryCue(
      input,
      phraseStart,
      name.start,
      tail?.country ?? null,
      first.start,
      ofCountryAfter(input.text, name.end),
    );
    const after = appositionCountry(input.text, name.end, input.named);
    const hit = personHit(input, given ?? name, {
      // "counterparts, Foreign Minister X": the word "counterparts" names no office itself.
      role: ownOffice(chain)?.role ?? null,
      rank: chain.find((t) => t.kind === "rank")?.role ?? null,
      ...cue,
      country:
        cue.country ??
        after ??
        chain.find((t) => t.country)?.country ??
        runCountry(input.text, sentenceAt(input.sentences, first.start)?.start ?? 0, first.start),
    });
    const sentence = sentenceAt(input.sentences, name.start);
    const around = sentenceCountries(
      sentence?.start ?? 0,
      sentence?.end ?? input.text.length,
      phraseStart,
    );
    // "a visit to the U.S. by President X": X made the visit; "officials visited China last
    // week ..., Treasury Secretary X said": X reports it. Neither is the host.
    const visitor = VISIT_AGENT.test(input.text.slice(Math.max(0, phraseStart - 60), phraseStart));
    const reporter = SUBJECT_VERB_AFTER.test(input.text.slice(name.end));
    hit.localCountry = visitor || reporter ? null : around.local;
    hit.nearbyCountry = around.nearby;
    hit.notCountry = tail?.destination ?? destinationAfter(input, name.end);
    out.push(hit);
  }
  return out;
}

// "the U.S. Southern Command (Southcom) Commander Admiral X", "Commander Pakistan fleet Vice
// Admiral X": a country word opening the run of office words that leads, with no punctuation,
// to the title is the holder's, though the run holds a body's name, its bracketed acronym or
// a service noun the role phrase does not read. The run stops at anything else (a verb, a
// comma), at the sentence's start and at a personal name, which would be someone else's.
const RUN_WORD =
  /^(?:\p{Lu}[\p{L}.'’-]*|\([\p{Lu}\p{L}]{2,12}\)|of|for|the|fleet|navy|army|command|forces)$/u;
function runCountry(text: string, sentenceStart: number, titleStart: number): string | null {
  const words = text.slice(Math.max(sentenceStart, titleStart - 100), titleStart).split(" ");
  if (words.pop() !== "") return null;
  let run = "";
  for (let i = words.length - 1; i >= 0 && words.length - i <= 8; i--) {
    const word = words[i] ?? "";
    if (!RUN_WORD.test(word) || startsPersonalName(word)) break;
    run = run === "" ? word : `${word} ${run}`;
    const country = countryWordsIn(run)[0];
    if (country?.at === 0) return country.country;
  }
  return null;
}

// The first office of a run of titles is the person's, unless a later one serves it
// ("Secretary of Defense Spokesperson Cmdr. X" speaks for the Secretary).
function ownOffice(chain: TitleHit[]): TitleHit | undefined {
  const offices = chain.filter((t) => t.kind === "office" && t.role);
  return offices.findLast((t) => servingRoles.has(t.role ?? "")) ?? offices[0];
}

// "a visit to the U.S. by": the one named next made the visit ("briefed by X" at the
// visited base is someone else's act, and X may well be the host).
const VISIT_AGENT =
  /\b(?:visit|trip|tour|journey)\s+to\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}\s+by\s+(?:the\s+)?$/u;

// Titles directly following each other ("Defence Minister Lieutenant General") read as one.
function titleChains(text: string, titles: TitleHit[]): TitleHit[][] {
  const chains: TitleHit[][] = [];
  for (const t of titles) {
    const current = chains[chains.length - 1];
    const prev = current?.[current.length - 1];
    // "Deputy Chief of the Army Staff (Strategy) Lieutenant General": one person's titles;
    // "Deputy Prime Minister/Foreign Minister": two offices of one person, joined by a slash.
    const gap = text.slice(prev?.end ?? 0, t.start);
    // "Senator the Hon X": "the" before a courtesy title still joins it to the office.
    const joined =
      /^(?:[\s,]*|\s*\/\s*)(?:\([^()]{1,40}\)[\s,]*)?$/.test(gap) ||
      (t.kind === "honorific" && /^\s+the\s+$/.test(gap));
    if (current && prev && joined) current.push(t);
    else chains.push([t]);
  }
  return chains;
}

// "his Russian counterpart X": X's role (and, without an adjective, country) follow from
// the person named just before in the same sentence.
function linkCounterparts(hits: PersonHit[], sentences: Sentence[]): void {
  hits.forEach((hit, i) => {
    if (!hit.counterpart) return;
    const sentence = sentenceAt(sentences, hit.start);
    for (let j = i - 1; j >= 0; j--) {
      const prev = hits[j];
      if (!prev || (sentence && prev.start < sentence.start)) break;
      if (prev.refId !== null && prev.refId === hit.refId) continue;
      hit.counterpartOf = prev;
      // "X met his Turkish counterpart Y": X is not from Y's country.
      if (hit.country && hit.country !== prev.country) prev.notCountry ??= hit.country;
      break;
    }
  });
}
