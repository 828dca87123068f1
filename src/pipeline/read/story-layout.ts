// Where a page's headline and story body are: the headline is the first content line,
// the body starts at the first line that reads as story text.

import { BULLET_CHARS } from "./bullets";
import { parseDateline } from "./dateline";
import { headlineDay } from "./publication-date/headline-day";
import {
  furnitureWords,
  isPhotoCaption,
  isPrompt,
  isSpeakerKind,
  isTrail,
} from "./furniture-words";
import { MONTH, WEEKDAY } from "../dates/words";
import type { LineInfo } from "./furniture";
import { carriesSentenceOn, isHardWrapped } from "./paragraphs";
import { INNER_STOP, SENTENCE_END } from "./sentence-stop";
import { hasLetter, wordCount } from "./word-count";

export type Line = { text: string; info: LineInfo | null };

const MAX_HEADLINE = 200;
// Government releases run long headlines with no closing full stop.
const MAX_UNPUNCTUATED_HEADLINE = 300;
// The issuing office a release prints above its headline ("Ministry of Defence").
const ISSUER =
  /^(?:(?:Ministry|Department) of|Prime Minister's Office|(?:Vice )?President's Secretariat|Cabinet(?: Secretariat)?)(?:\s+(?:[A-Z][\w'’-]*|of|and|&|the))*$/;
const MAX_ISSUER_WORDS = 8;
// A first line that closes with a full stop after this many words is the story's lead
// ("Prime Minister X spoke on phone today with Y, President of Z."), not a headline: pages
// whose store line runs straight into the story start so; headlines are shorter or unstopped.
const MIN_LEAD_WORDS = 12;
// ... or that holds a finished sentence with more after it ("Pakistan Navy and Chinese Navy
// began the exercise in Karachi Monday. Deputy Commander ... was the chief guest"): a headline
// is one phrase (INNER_STOP: a full stop after an abbreviation ends no sentence).
// A site section or a document's kind above the headline: "DEFENCE", "WORLD NEWS", "TÜRKİYE",
// "India", "World News", "Press release", "News story", or a section in small letters
// ("politics", "press release").
const SECTION_LABEL =
  /^(?:\p{Lu}[\p{Lu}&-]+(?: [\p{Lu}&-]+){0,2}|\p{Lu}\p{Ll}+(?: [\p{L}]\p{Ll}+)?|\p{Ll}+(?: \p{Ll}+)?)$/u;
// The site's or the issuing office's own name above the headline: up to three capitalised words,
// maybe joined by "of", "the", "and", maybe a web address or with its city in brackets
// ("UrduPoint.com", "Japan Today", "Premium Times (Abuja)", "Government of South Africa",
// "Office of the Press Secretary", "Embassy Press Releases"). Only over a longer headline, and
// not opening with "The": a short heading does ("The Minister's Remarks" over its occasion).
const NAME_WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
const SITE_NAME = new RegExp(
  String.raw`^(?!The )${NAME_WORD}(?:(?: (?:of|the|and))* ${NAME_WORD}){0,2}(?: \(\p{Lu}\p{L}+\))?$`,
  "u",
);
const MAX_SITE_NAME = 35;
const MAX_SECTION_LABEL = 25;
const MAX_SECTION_LABELS = 4;

// A sentence that hands over to what follows ("Spokesperson X provided the following readout:",
// "The below is attributable to Spokesperson X:") opens the story: it names who speaks.
const INTRO_END = /:$/;
// A transcript's first speaker in capitals on a line of its own ("MARISE PAYNE:").
const SPEAKER_LINE = /^(?:\p{Lu}[\p{Lu}'’-]+ ){1,3}\p{Lu}[\p{Lu}'’-]+:$/u;

// The costly test last: most lines a page's top is asked about are long sentences, and
// looking for a dateline in them decides nothing the word count has not.
function isBodyStart(text: string): boolean {
  const words = wordCount(text);
  return (
    words >= MIN_PLAIN_STORY_WORDS ||
    ((SENTENCE_END.test(text) || INTRO_END.test(text)) && words >= 6) ||
    isNumberedClause(text) ||
    SPEAKER_LINE.test(text) ||
    parseDateline(text) !== null ||
    isUnstoppedLead(text) ||
    isAddress(text)
  );
}

// A speech opens by addressing its guests, one line each, closed by a comma ("His Excellency
// Archbishop X, Apostolic Nuncio and Dean of the Diplomatic Corps,"): the speech's text, which
// names who was there. Openers: rules/en/page-furniture.json addressOpeners.
const ADDRESS = new RegExp(String.raw`^(?:${furnitureWords.addressOpeners.join("|")})\b.*,$`);

function isAddress(text: string): boolean {
  return ADDRESS.test(text);
}

const MIN_PLAIN_STORY_WORDS = 25;

// A document's numbered point closing on a semicolon ("1.The Eighteenth ASEAN Defence
// Ministers' Meeting ... was convened on 20 November 2024 in Vientiane, ...;", "2. RECOGNISING
// that ...;"): a declaration's clauses end so, not with a full stop, and each is its text.
const NUMBERED_CLAUSE = /^\d{1,2}\.\s*\p{Lu}.*;$/u;

function isNumberedClause(text: string): boolean {
  return NUMBERED_CLAUSE.test(text) && wordCount(text) >= 6;
}

function isPlainStory(text: string): boolean {
  return wordCount(text) >= MIN_PLAIN_STORY_WORDS || parseDateline(text) !== null;
}

// A release wrapped at a fixed width (most lines under the headline broken mid-sentence) breaks its sentences over several lines with no blank
// line between them ("Foreign Affairs Minister Winston" / "Peters will travel to Fiji this
// week to attend the Pacific" / "Islands Forum ... on 26" / "July."): the story starts at a
// line that a few lines of some words each carry on to a full stop, a sentence of many words.
// Names and titles stacked above it ("Deputy Prime Minister" / "Minister of") are too short.
const MIN_WRAPPED_LINE_WORDS = 4;
const MAX_WRAPPED_LINES = 6;
const MIN_WRAPPED_SENTENCE_WORDS = 15;

function opensWrappedSentence(lines: Line[], at: number): boolean {
  let words = 0;
  for (let i = at; i < at + MAX_WRAPPED_LINES; i++) {
    const line = lines[i];
    if (line?.info?.kind !== "content") return false;
    const count = wordCount(line.text);
    words += count;
    if (SENTENCE_END.test(line.text)) return i > at && words >= MIN_WRAPPED_SENTENCE_WORDS;
    if (count < MIN_WRAPPED_LINE_WORDS) return false;
  }
  return false;
}

// A page that is a wrapped document from its first line on ("The Peace and Security Council of
// the African Union (AU), at" / "its 392nd meeting held on 26 August 2013, was briefed ..."):
// the first line breaks off mid-sentence and the next carries it on in small letters, so it is
// the story's first line, not a headline over it.
function opensWrappedPage(lines: Line[], content: number[], first: number): boolean {
  const from = content.filter((i) => i >= first);
  const firstText = lines[first]?.text ?? "";
  const next = lines[from[1] ?? -1]?.text ?? "";
  return (
    !SENTENCE_END.test(firstText) &&
    carriesSentenceOn(next) &&
    isHardWrapped(from.map((i) => ({ text: lines[i]?.text ?? "" })))
  );
}

/** The headline is the first content line unless it already reads as story text; short
 * lines without sentence punctuation between it and the body are related-story links or
 * standfirsts, not story text. */
export function findHeadlineAndBody(lines: Line[]): {
  headline: string | null;
  headlineAt: number | null;
  bodyStart: number;
} {
  const lineAt = lines.flatMap((l, i) => (l.info?.kind === "content" ? [i] : []));
  // A picture's caption ("Defense Minister Gen Nakatani Image: AP", "French President
  // Emmanuel Macron(File Photo/Agencies)", "(Photo: Cabinet Public Relations Office)") is no
  // headline. It may still open the body: a dated caption under the headline dates the story.
  const all = dropLeadingLabels(
    lines,
    lineAt.filter((i) => !isPhotoCaption(lines[i]?.text ?? "")),
  );
  const content = belowLabels(lines, all);
  // A title printed twice may stand above the trail ("Home > National > Politics") too.
  const first = repeatedHeadline(lines, content) ?? belowLabels(lines, belowTrail(lines, all))[0];
  if (first === undefined) return { headline: null, headlineAt: null, bodyStart: lines.length };
  const firstText = lines[first]?.text ?? "";
  if (!isHeadline(firstText) || opensWrappedPage(lines, content, first))
    return { headline: null, headlineAt: null, bodyStart: captionsAbove(lines, lineAt, first) };
  // A site's section label with the story plainly under it ("Companies", then "BERLIN,
  // Aug 29 (AFP) - ..." or a long lead) heads no story: the page shows no headline. (A
  // one-sentence line under it may be a headline with a full stop.)
  const next = content.find((i) => i > first);
  if (next !== undefined && isNameLabel(firstText) && isPlainStory(lines[next]?.text ?? ""))
    return { headline: null, headlineAt: null, bodyStart: next };
  const rest = lineAt.filter((i) => i > first && lines[i]?.text !== firstText);
  const wrapped = isHardWrapped(rest.map((i) => ({ text: lines[i]?.text ?? "" })));
  const start =
    rest.find(
      (i) => isBodyStart(lines[i]?.text ?? "") || (wrapped && opensWrappedSentence(lines, i)),
    ) ??
    rest[0] ??
    lines.length;
  return { headline: firstText, headlineAt: first, bodyStart: start };
}

// With no headline, a caption of story sentences right above the lede ("Minister X and
// Minister Y during the meeting in Moscow on Friday. (PTI Photo)"), one no headline could be,
// still opens the story: it is the page's first text, and it may name who met where.
function captionsAbove(lines: Line[], lineAt: number[], first: number): number {
  let k = lineAt.indexOf(first);
  while (k > 0) {
    const text = lines[lineAt[k - 1] ?? -1]?.text ?? "";
    if (!isPhotoCaption(text) || !isBodyStart(text) || isHeadline(text)) break;
    k--;
  }
  return lineAt[k] ?? first;
}

// Pages print their title twice (the window title, then the heading); whatever comes before
// the first of two identical headline-like lines near the top is site furniture. Story text
// above them means they are something else: one line of it may be a standfirst or a ticker
// over the headline, but two are the story's own opening paragraphs (a lede with its
// dateline, "New Delhi, 6 December 2021 (TDI): ...", and the paragraph after it), and the line
// said twice under them is a picture's caption or placeholder ("Clik here to view.") inside
// the story. A caption closing with its credit may be printed twice under the headline too
// ("... in Doha, Qatar, November 25. (Reuters)"): it is no headline.
const REPEAT_WINDOW = 12;
const STORY_ABOVE = 2;

function repeatedHeadline(lines: Line[], content: number[]): number | undefined {
  const top = content.slice(0, REPEAT_WINDOW);
  // Asked once per line: a dateline is looked for in each.
  const bodyStart = top.map((i) => isBodyStart(lines[i]?.text ?? ""));
  const story = top.filter((_, k) => bodyStart[k]);
  return top.find((i, k) => {
    const text = lines[i]?.text ?? "";
    if ((story[STORY_ABOVE - 1] ?? Infinity) < i) return false;
    if (!isHeadline(text) || bodyStart[k] || wordCount(text) < 4 || isPhotoCaption(text))
      return false;
    return top.slice(k + 1).some((j) => lines[j]?.text === text);
  });
}

// A first line that tells a past event with its day ("On September 7, A met B for talks on
// ...", "A met with B June 16 in Baku, said a message ...") is the story's lead even with no
// closing stop (cut off, or the store's line runs into it): a headline speaks in the present
// ("A meets B") and seldom gives the day. One sentence only: a caption's sentences before its
// credit ("... was held on 6 December. | Photo: X") are no lead. Verbs: rules/en/page-furniture.json.
const LEAD_VERB = new RegExp(String.raw`\b(?:${furnitureWords.leadVerbs.join("|")})\b`);
const LEAD_DAY = new RegExp(
  String.raw`\b(?:${WEEKDAY}|${MONTH} \d{1,2}|\d{1,2} ${MONTH})(?![\w-])`,
);
const MIN_UNSTOPPED_LEAD_WORDS = 10;

export function isUnstoppedLead(text: string): boolean {
  return (
    wordCount(text) >= MIN_UNSTOPPED_LEAD_WORDS &&
    !SENTENCE_END.test(text) &&
    !INNER_STOP.test(text) &&
    LEAD_VERB.test(text) &&
    LEAD_DAY.test(text)
  );
}

const BROKEN_AT_COMMA = /,$/;

function isHeadline(text: string): boolean {
  if (isUnstoppedLead(text)) return false;
  const limit = SENTENCE_END.test(text) ? MAX_HEADLINE : MAX_UNPUNCTUATED_HEADLINE;
  return (
    text.length <= limit &&
    // A line broken off at a comma ("Nigerian President Muhammadu Buhari and his South African
    // counterpart," over "Cyril Ramaphosa, have issued a joint communique ...") opens a sentence
    // the next line carries on: a headline does not end so.
    !BROKEN_AT_COMMA.test(text) &&
    // A short label over what follows ("Consular queries:", "Contact:") heads no story.
    !LABEL_LINE.test(text) &&
    parseDateline(text) === null &&
    !((SENTENCE_END.test(text) || INNER_STOP.test(text)) && wordCount(text) >= MIN_LEAD_WORDS)
  );
}

/** The content lines from the first one that is neither an issuing office nor a section label
 * over the headline. */
function belowLabels(lines: Line[], content: number[]): number[] {
  // The office may print its country under its name ("Ministry of Foreign Affairs" over
  // "People's Republic of China").
  const below = issuerAbove(lines, content) ? content.slice(1) : content;
  return below.slice(sectionLabelsAbove(lines, below));
}

/** An office name on the first line with a headline under it is not the headline. */
function issuerAbove(lines: Line[], content: number[]): boolean {
  const [first, second] = content.map((i) => lines[i]?.text ?? "");
  return (
    first !== undefined &&
    second !== undefined &&
    ISSUER.test(first) &&
    wordCount(first) <= MAX_ISSUER_WORDS &&
    !SENTENCE_END.test(second) &&
    isHeadline(second)
  );
}

/** How many section names ("WORLD", "World News") or site names ("UrduPoint.com") open the
 * page above a longer headline: none of them is the headline. */
function sectionLabelsAbove(lines: Line[], content: number[], siteNames = true): number {
  const isLabel = (t: string) => isSectionLabel(t) || (siteNames && isSiteName(t));
  const texts = content.slice(0, MAX_SECTION_LABELS + 1).map((i) => lines[i]?.text ?? "");
  const count = texts.findIndex((t) => !isLabel(t));
  const headline = texts[count];
  if (count <= 0 || headline === undefined) return 0;
  // A heading in capitals broken off over its next line ("DAILY GUIDANCE AND PRESS SCHEDULE
  // FOR" over "SATURDAY, JULY 23, 2011 ...") is no whole headline, and its date is not the
  // story's: the office's name over it is not set aside for it.
  // Nor is one ending with a day ("President X Undertakes Working Visit to Y, 17 March 2018")
  // taken over a site's name: the headline's day would outrank the page's own date above it,
  // and an announcement's day is the event's, not the page's.
  // (Only a line of a headline's size is such a headline.)
  if (
    siteNames &&
    headline.length <= MAX_UNPUNCTUATED_HEADLINE &&
    ((!/\p{Ll}/u.test(headline) && BROKEN_OFF.test(headline)) || headlineDay(headline) !== null)
  )
    return sectionLabelsAbove(lines, content, false);
  const longer = texts.slice(0, count).every((t) => headline.length > t.length);
  return longer && isHeadline(headline) && !isBodyStart(headline) ? count : 0;
}

const BROKEN_OFF = new RegExp(String.raw`\s(?:${furnitureWords.brokenOffWords.join("|")})$`, "i");

// A speech's kind ("Opening remarks" over "by Secretary General X at ...") heads the story.
// A menu's section may keep its bullet or its pointer ("• World", "- News>").
function isSectionLabel(text: string): boolean {
  const bare = text.replace(SECTION_MARKS, "");
  return bare.length <= MAX_SECTION_LABEL && SECTION_LABEL.test(bare) && !isSpeakerKind(bare);
}

function isSiteName(text: string): boolean {
  return text.length <= MAX_SITE_NAME && SITE_NAME.test(text) && !isSpeakerKind(text);
}

// Over the story itself only a label of capitalised words counts ("Companies", "News Flash",
// "• Kyodo"): "Leaders meet" over a dateline is a short headline.
const CAPITALISED_WORDS = /^\S+(?: \p{Lu}\S*)*$/u;

function isNameLabel(text: string): boolean {
  return isSectionLabel(text) && CAPITALISED_WORDS.test(text.replace(SECTION_MARKS, ""));
}

const SECTION_MARKS = new RegExp(`^[${BULLET_CHARS}-]\\s*|\\s*[>»›]$`, "g");

// A "you are here" trail ("Home : Media : News", "News /", maybe read as furniture) with a
// headline under it closes the site's navigation: the content lines above it are the site's
// name ("Official website of the President of Russia") or its menu, not the headline. Only
// among the page's first lines, and only over a headline: a place and a wire over the story
// ("MADRID / WAM") close nothing.
const MAX_ABOVE_TRAIL = 3;

function belowTrail(lines: Line[], content: number[]): number[] {
  const limit = content[MAX_ABOVE_TRAIL] ?? lines.length;
  const trail = lines.findLastIndex((l, i) => i <= limit && l.info !== null && isTrail(l.text));
  const below = content.filter((i) => i > trail);
  return trail >= 0 && headlineAt(lines, below[0]) ? below : content;
}

// A short label over a box at the top of the page ("Consular queries:", its number below it
// read as furniture) is neither headline nor story; a transcript's speaker in capitals is.
const LABEL_LINE = /^[A-Z][\w'’-]*(?: [\w'’-]+){0,2}:$/;

// A site's call to its reader above the headline ("Support The Moscow Times!", "Find a
// Security Clearance Job!", "UNITED24 - Make a charitable donation in support of Ukraine!"):
// one short exclamation, with a headline under it.
const CALL_LINE = /^[^.?!]{3,80}!$/;
// An advert's line closing with its button in capitals after a dash ("The Largest
// Security-Cleared Career Network for Defense and Intelligence Jobs - JOIN NOW"): the button is
// a prompt of rules/en/page-furniture.json.
const BUTTON_TAIL = /^[^.?!]{3,120}\s[-–—|]\s*(\p{Lu}[\p{Lu} ]+)$/u;

function isCallLine(text: string): boolean {
  const button = BUTTON_TAIL.exec(text)?.[1];
  return CALL_LINE.test(text) || (button !== undefined && isPrompt(button));
}

// A layout table's row at the top, its cells closed by bars ("U.S. Department of Defense Office
// of ... News Release |", "Online: | |", "No. NR-224-14 | ||"): the site's header or counters.
const TABLE_ROW = /\s\|[|\s]*$/;

// A line naming the site or the list the page sits in ("logo Agência Brasil", "Posts Tagged
// ‘X’", "Archive for January 10th, 2011": rules/en/page-furniture.json siteLabelLeads), or a
// slideshow's item ("• 1 of 5 Frequently Asked Questions ..."), is no headline.
const SITE_LABEL = new RegExp(
  String.raw`^(?:(?:${furnitureWords.siteLabelLeads.join("|")})\s|[${BULLET_CHARS}]?\s*\d+ of \d+\s)`,
  "i",
);

function dropLeadingLabels(lines: Line[], content: number[]): number[] {
  let k = 0;
  let dropped = "";
  while (k < content.length) {
    const text = lines[content[k] ?? -1]?.text.trim() ?? "";
    if (SPEAKER_LINE.test(text)) break;
    if (
      !LABEL_LINE.test(text) &&
      !SITE_LABEL.test(text) &&
      // A slideshow's item may print its text again under it.
      !(text !== "" && dropped.endsWith(` ${text}`)) &&
      !(isCallLine(text) && headlineAt(lines, content[k + 1])) &&
      hasLetter(text) &&
      !TABLE_ROW.test(text)
    )
      break;
    dropped = text;
    k++;
  }
  return content.slice(k);
}

function headlineAt(lines: Line[], at: number | undefined): boolean {
  const text = lines[at ?? -1]?.text;
  return text !== undefined && isHeadline(text) && !isBodyStart(text);
}
