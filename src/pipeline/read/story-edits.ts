// Last touches on the body paragraphs and the title: the dateline comes off the lede,
// an agency credit off the end, a standfirst that repeats the story goes.

import { parseDateline } from "./dateline";
import type { Dateline } from "./dateline";
import { SOURCE_RANK } from "./furniture";
import type { SourceHint } from "./furniture";
import { canonicalOutlet } from "./outlets";
import { openingSentence } from "./sentence-stop";
import { stripSignOff } from "./sign-off";

const TITLE_FROM_TEXT = 120;

/** Paragraphs (pictures' captions, a standfirst) that may come before a dateline. */
const BEFORE_DATELINE = 2;
const CLOCK_ONLY = /^\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?$/;

export function takeDateline(
  paragraphs: string[],
): { found: Dateline; paragraphs: string[] } | null {
  for (let at = 0; at <= BEFORE_DATELINE && at < paragraphs.length; at++) {
    const lede = paragraphs[at] ?? "";
    const found = parseDateline(lede);
    // Below other text only a dateline with its date is taken for the story's own (a place
    // alone there may open any sentence); "St Petersburg, June 2  Overcoming hiccups, ... on
    // Thursday signed" under a picture's caption comes off the lede, so its day is not read
    // as the signing's.
    if (!found || (at > 0 && found.year === null && found.month === null)) continue;
    // The story opens at its dateline: what the page printed above it (a caption, a
    // standfirst) is kept, after the lede.
    const remainder = lede.slice(found.length).trim();
    // "Montevideo, January 22nd 2025 - 08:48 UTC": a place, a date and a time alone are the
    // site's clock in its header, not a story's dateline.
    if (CLOCK_ONLY.test(remainder)) continue;
    const others = [...paragraphs.slice(0, at), ...paragraphs.slice(at + 1)];
    return { found, paragraphs: remainder === "" ? others : [remainder, ...others] };
  }
  return null;
}

export function dropSignOff(paragraphs: string[], hints: SourceHint[]): string[] {
  const last = paragraphs[paragraphs.length - 1];
  if (last === undefined) return paragraphs;
  const { text, agency } = stripSignOff(last);
  if (agency === null) return paragraphs;
  hints.push({ name: agency, rank: SOURCE_RANK.signoff });
  return text === "" ? paragraphs.slice(0, -1) : [...paragraphs.slice(0, -1), text];
}

// Aggregators print the story twice, headline and all: the story ends where its headline or
// its opening comes round again. A first paragraph alone said again further down, with other
// text after it, is a standfirst the story repeats (dropped below), not a second copy. Nor is
// a paragraph said again right after itself: a caption printed three times over the story is
// its own first, second and third paragraph, and cutting at its second copy lost the story.
export function dropRepeatedStory(paragraphs: string[], headline: string | null): string[] {
  const [first, second] = paragraphs;
  const again = paragraphs.findIndex(
    (p, i) =>
      i > 0 &&
      ((p === first &&
        paragraphs[i - 1] !== p &&
        (i === paragraphs.length - 1 || paragraphs[i + 1] === second)) ||
        (headline !== null && p === headline)),
  );
  if (again <= 0) return paragraphs;
  // A page that says a notice or two ("We're sorry, this service is currently unavailable.")
  // before printing its headline again over the story: the story is what follows the second
  // headline, not what comes before it.
  const before = paragraphs.slice(0, again);
  const after = paragraphs.slice(again + 1);
  const size = (ps: string[]) => ps.reduce((n, p) => n + p.length, 0);
  if (
    paragraphs[again] === headline &&
    before.length <= MAX_NOTICE_PARAGRAPHS &&
    size(before) * NOTICE_RATIO < size(after)
  )
    return after;
  return paragraphs.slice(0, again);
}

/** At most this many paragraphs above a repeated headline are a notice, not a story copy. */
const MAX_NOTICE_PARAGRAPHS = 3;
/** ... and the story under the headline is this many times longer than them. */
const NOTICE_RATIO = 3;

// A standfirst repeats a sentence of the story just above it.
export function dropStandfirstDuplicate(paragraphs: string[]): string[] {
  const [first, ...rest] = paragraphs;
  if (first === undefined || rest.length === 0) return paragraphs;
  const key = first.replace(/(?<![.!?"”’])[.!?"”’]+$/, "").toLowerCase();
  const repeated = key.length > 0 && rest.some((p) => p.toLowerCase().includes(key));
  return repeated ? rest : paragraphs;
}

/** "Headline | The Hindu": the outlet's name appended to a headline. */
export function outletSuffix(headline: string): { title: string; name: string } | null {
  const suffix = /(?<!\s)\s+[|–—-]\s+([^|–—-]{2,40})$/.exec(headline);
  const name = suffix?.[1] === undefined ? null : canonicalOutlet(suffix[1]);
  return suffix && name ? { title: headline.slice(0, suffix.index), name } : null;
}

// A "headline" without one word of three letters is a page's leftover (".", "-", "×", a language
// code "ru"), not a title a reader could cite.
const WORDED = /\p{L}{3}/u;

/** A page's title and its heading run together on one line ("X X"): the headline once. */
function once(headline: string): string {
  const half = (headline.length - 1) / 2;
  const first = headline.slice(0, half);
  return Number.isInteger(half) &&
    half >= 20 &&
    headline[half] === " " &&
    first === headline.slice(half + 1)
    ? first
    : headline;
}

export function titleOf(headline: string | null, paragraphs: string[], warnings: string[]): string {
  if (headline !== null && WORDED.test(headline)) return once(headline);
  warnings.push("no headline found; title taken from the opening sentence");
  const opening = openingSentence(paragraphs[0] ?? "");
  if (opening.length <= TITLE_FROM_TEXT) return opening;
  return `${opening.slice(0, TITLE_FROM_TEXT).replace(/(?<!\s)\s+\S*$/, "")}…`;
}
