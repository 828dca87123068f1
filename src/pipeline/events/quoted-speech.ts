// Quoted speech in a sentence: which quotes state an event (a dated named event, a schedule to
// the day, a speaker's own dated occasion told in the first person) and who the "I" of a
// first-person quote is. Everything else in quotes is opinion, not an event.

import type { Range } from "./clauses";
import { eventPhrases } from "../rules/event-phrases";
import { namedEvent } from "./named-events";
import { firstPersonQuote, quoteSpeakerAt } from "./not-taking-part";
import type { SentenceInfo } from "./sentence-context";
import type { Trigger } from "./triggers";
import type { ArticleContext } from "./types";

// A quoted noun phrase is a phrase the writer borrowed, not quoted speech: 'held a "very good
// and detailed conversation" with Putin over phone' states the call in the writer's words.
export function inQuote(s: SentenceInfo, t: Trigger): boolean {
  if (!s.quoted[t.start]) return false;
  let open = t.start;
  while (open > 0 && s.quoted[open - 1]) open--;
  return !BORROWED.test(s.text.slice(Math.max(0, open - 12), Math.max(0, open - 1)));
}
const BORROWED = eventPhrases.borrowedQuote;

// Quoted speech states an event only when it dates a named event ("This year will see the
// first ever Tri-services exercise INDRA-2017"); otherwise it is opinion.
export function quotedEventAllowed(s: SentenceInfo, t: Trigger, ctx: ArticleContext): boolean {
  const datedInQuote = s.dates.some((d) => s.quoted[d.index] && d.start !== null);
  const named =
    s.mentions.some((m) => m.entity.kind === "exercise" && s.quoted[m.start]) ||
    namedEvent(s.text, t) !== null;
  // "The President is leaving for India on October 4," an aide said: a schedule to the day.
  const dayInQuote = s.dates.some(
    (d) =>
      s.quoted[d.index] &&
      d.precision === "day" &&
      d.basis !== "vague" &&
      !/\btoday\b/i.test(d.text),
  );
  return (datedInQuote && (named || dayInQuote)) || ownDatedQuote(s, t, ctx);
}

// '"We have agreed to meet here in Berlin in October," Lund said.', '"Our talks in Oslo today
// with X were useful," Mr Berg says.': a quote in the first person, whose speaker the
// sentence names just after it, tells the speaker's own event when the quote dates it.
function ownDatedQuote(s: SentenceInfo, t: Trigger, ctx: ArticleContext): boolean {
  const quote = quoteAround(s, t.start);
  if (!quote) return false;
  // A year ("this year") dates a hope, not an occasion.
  const dated = s.dates.some(
    (d) =>
      d.index >= quote.start && d.index < quote.end && d.start !== null && d.precision !== "year",
  );
  // "Our meeting today went well": the quote must name with whom or where ("our talks with
  // X", "we will meet here in Oslo"), or it tells an opinion, not an occasion.
  const names = s.mentions.some((m) => m.start >= quote.start && m.end <= quote.end);
  return dated && names && ownSpeaker(s, t, ctx) !== null;
}

// The quoted stretch around `at`, when the sentence quotes there.
function quoteAround(s: SentenceInfo, at: number): Range | null {
  if (!s.quoted[at]) return null;
  let start = at;
  while (start > 0 && s.quoted[start - 1]) start--;
  let end = at;
  while (end < s.text.length && s.quoted[end]) end++;
  return { start, end };
}

// The speaker of a first-person quote the trigger is in, named just after the quote in the
// same sentence ('"I will visit Oslo on Friday," Defence Minister Lena Berg said.') or just
// before it: the "I" and "we" of the quote. None when the sentence names no speaker there.
function ownSpeaker(s: SentenceInfo, t: Trigger, ctx: ArticleContext): string | null {
  const quote = quoteAround(s, t.start);
  if (!quote || !firstPersonQuote(s.text.slice(quote.start, quote.end))) return null;
  const speaker = s.mentions.find(
    (m) => m.entity.kind === "person" && m.start >= quote.end && quoteSpeakerAt(s.text, m.start),
  );
  if (speaker) return speaker.entity.id;
  // 'Lena Berg said in Oslo: “I am leaving today ...”': the last person named before the
  // quote, when only a verb of saying stands between the name and the quote mark.
  const leading = s.mentions
    .filter((m) => m.entity.kind === "person" && m.end <= quote.start)
    .at(-1);
  if (leading && QUOTE_SPEAKER_LEADS.test(s.text.slice(leading.end, quote.start)))
    return leading.entity.id;
  // '"I will visit Oslo on Friday," she said.': the one person the sentence before names.
  const pronoun = QUOTE_PRONOUN.exec(s.text);
  if (!pronoun || pronoun.index < quote.end - 2) return null;
  const before = [...new Set(ctx.history[ctx.history.length - 1] ?? [])];
  return before.length === 1 ? (before[0] ?? null) : null;
}
const QUOTE_PRONOUN = eventPhrases.quotePronounSpeaker;
const QUOTE_SPEAKER_LEADS = eventPhrases.quoteSpeakerLeads;

// '"Our talks in Oslo today with X were useful," Mr Berg says.': the quote's speaker takes
// part in what the quote tells in the first person.
export function quoteSelf(
  s: SentenceInfo,
  primary: Trigger,
  ctx: ArticleContext,
): { id: string; at: number }[] {
  const id = ownSpeaker(s, primary, ctx);
  return id ? [{ id, at: primary.start }] : [];
}
