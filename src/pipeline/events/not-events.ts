// Statements with event words that report no event: a denial ("has no plan to meet"), a
// habit ("at every such meeting"), a call for one ("urged direct talks"), or a leader
// going home.

import type { Token } from "../annotate/types";
import { eventCues, type EventCue } from "../rules/cue-rules";
import { eventPhrases, eventWords } from "../rules/event-phrases";
import { closestTo } from "./primary-trigger";
import type { SentenceInfo } from "./sentence-context";
import type { Trigger } from "./triggers";
import type { ArticleContext } from "./types";

// The words of the patterns below are data (rules/en/event-phrases.json, by these names).

// "has no plan to meet", "did not meet", "will not travel": the sentence denies the event.
const NEGATION_BEFORE = eventPhrases.negationBefore;

// "the trip was put off", "the talks were called off": the event was not held.
const CALLED_OFF_AFTER = eventPhrases.calledOffAfter;

export function negated(text: string, t: Trigger): boolean {
  return (
    NEGATION_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)) ||
    CALLED_OFF_AFTER.test(text.slice(t.end, t.end + 80))
  );
}

// "will not be travelling to Moscow for the annual summit": the occasion a denied trip was
// for is denied with it (in the same clause, with no other verb phrase joined between).
export function deniedWith(text: string, t: Trigger, triggers: Trigger[]): boolean {
  return triggers.some((n) => {
    if (n.end > t.start || !isNegated(text, n)) return false;
    const between = text.slice(n.end, t.start);
    return (
      between.length <= 80 && !/[,;:.()]|\b(?:and|but|or|while|after|before|as)\b/i.test(between)
    );
  });
}

// "sitting down with ministers at every such meeting": a habit, not one event. So are
// "in recent meetings they have discussed", "many bilateral meetings": several, none told.
const SEVERAL_BEFORE = eventPhrases.severalBefore;

const SEVERAL_AT = eventPhrases.severalAt;

// "a framework to send personnel for joint exercises": what a pact or a service is for.
const PURPOSE_BEFORE = eventPhrases.purposeBefore;

// The plural event words each of the two reads before (rules/en/event-phrases.json).
const PURPOSE_PLURAL = eventWords.purposePlurals;
const SEVERAL_PLURAL = eventWords.severalPlurals;

// "conduct regular bilateral air, land and sea exercises", "have had routine annual
// leadership talks": a habit, told with a few words of kind between, so read further back.
const HABIT_BEFORE = eventPhrases.habitBefore;
const HABIT_PLURAL = eventWords.habitPlurals;

export function habitual(text: string, t: Trigger): boolean {
  const before = text.slice(Math.max(0, t.start - 30), t.start);
  if (/\b(?:every|each)\s+(?:such\s+)?$/i.test(before)) return true;
  // "in recent meetings they have discussed": what was done at several meetings.
  const clause = text.slice(Math.max(0, t.start - 60), t.start);
  if (SEVERAL_AT.test(clause)) return true;
  const word = text.slice(t.start, t.end);
  if (PURPOSE_PLURAL.test(word) && PURPOSE_BEFORE.test(before)) return true;
  if (HABIT_PLURAL.test(word) && HABIT_BEFORE.test(text.slice(Math.max(0, t.start - 80), t.start)))
    return true;
  return SEVERAL_PLURAL.test(word) && SEVERAL_BEFORE.test(before);
}

// "reiterated the call for continued direct talks", "urged fresh negotiations": talks
// asked for, not held (rules/en/event-cues.json, 'proposed-before'). So are "may visit" and
// "deliveries could start in 2015": told only as possible, neither held nor planned.
const POSSIBLE_AFTER = eventPhrases.possibleAfter;

export function proposed(s: { start: number; text: string; tokens: Token[] }, t: Trigger): boolean {
  return (
    cuedBefore(s, t, "proposed-before") || POSSIBLE_AFTER.test(s.text.slice(t.end, t.end + 80))
  );
}

// "may visit the port on Tuesday before leaving for the capital": a step joined by 'before',
// 'after' or 'then' to an event told only as possible, in the same clause, is as possible.
const POSSIBLE_THEN = eventPhrases.possibleThen;

export function possibleWith(
  s: { start: number; text: string; tokens: Token[] },
  t: Trigger,
  triggers: Trigger[],
): boolean {
  return triggers.some((n) => {
    if (n === t || n.end > t.start || !isProposed(s, n)) return false;
    const between = s.text.slice(n.end, t.start);
    return between.length <= 60 && !/[,;:.()]/.test(between) && POSSIBLE_THEN.test(between);
  });
}

/** The bits of a trigger's `checked`: the checks that read only the sentence's words. */
export const NOT_TOLD = { proposed: 1, negated: 2 } as const;

/**
 * The triggers with `checked` set: whether each is proposed and whether it is negated. These
 * read the sentence's words alone, not its entities, so the build's map step works them out
 * (build/sentence-clues.ts) on every core, and the serial cross-article step only reads them.
 */
export function textChecks(
  s: { start: number; text: string; tokens: Token[] },
  triggers: Trigger[],
): Trigger[] {
  return triggers.map((t) => ({
    ...t,
    checked: (proposed(s, t) ? NOT_TOLD.proposed : 0) | (negated(s.text, t) ? NOT_TOLD.negated : 0),
  }));
}

/** `proposed`, read from the trigger's check when it has one. */
export function isProposed(
  s: { start: number; text: string; tokens: Token[] },
  t: Trigger,
): boolean {
  return t.checked === undefined ? proposed(s, t) : (t.checked & NOT_TOLD.proposed) !== 0;
}

/** `negated`, read from the trigger's check when it has one. */
export function isNegated(text: string, t: Trigger): boolean {
  return t.checked === undefined ? negated(text, t) : (t.checked & NOT_TOLD.negated) !== 0;
}

/** Whether a cue of that kind (rules/en/event-cues.json) ends right before the trigger. */
export function cuedBefore(
  s: { start: number; tokens: Token[] },
  t: Trigger,
  cue: EventCue,
): boolean {
  const at = s.tokens.findIndex((k) => k.start === s.start + t.start);
  if (at <= 0) return false;
  const endsAt = (i: number) => eventCues.endingAt(s.tokens, i).some((r) => r.cue === cue);
  // A trigger that opens with its infinitive's "to" ("to arrive in") shares that word with a
  // cue that ends in it ("is ready to", "invited him to"): the cue stands before the verb.
  return endsAt(at) || (s.tokens[at]?.lower === "to" && endsAt(at + 1));
}

// "The Russian President left for Moscow": leaving for one's own country ends a visit.
const DEPARTS = eventPhrases.departs;

export function goingHome(
  s: SentenceInfo,
  t: Trigger,
  participants: string[],
  ctx: ArticleContext,
): boolean {
  if (!DEPARTS.test(s.text.slice(t.start, t.end)) || participants.length === 0) return false;
  const place = s.mentions.find(
    (m) => m.start >= t.end && (m.entity.kind === "place" || m.entity.kind === "country"),
  );
  const home = place?.entity.country;
  const countryOf = (id: string) => ctx.people.find((p) => p.id === id)?.country;
  return Boolean(home) && participants.every((p) => countryOf(p) === home);
}

// "The prime minister reached the airbase to receive the delegation": a host's going to the
// airport to receive guests is no visit of his; the guests' arrival is told by its own words.
const TO_RECEIVE = eventPhrases.toReceive;

export function goingToReceive(text: string, t: Trigger): boolean {
  return t.type === "visit" && TO_RECEIVE.test(text.slice(t.end, t.end + 80));
}

// "cooperation in the field of political and military dialogue, exercises, exchange of
// visits", "through visits of the dignitaries and military exercises": plural event words,
// one of them listed after another kind of cooperation (rules/en/event-cues.json,
// 'listed-topic'), in a sentence that dates nothing and names no one, are a topic, not events.
const PLURAL = eventWords.listedPlurals; // rules/en/event-phrases.json

export function listedTopic(s: SentenceInfo, t: Trigger, found: Trigger[]): boolean {
  const plural = (x: Trigger) => PLURAL.test(s.text.slice(x.start, x.end));
  if (!plural(t)) return false;
  if (s.dates.some((d) => d.start !== null)) return false;
  if (s.mentions.some((m) => m.entity.kind === "person")) return false;
  return found.some((x) => plural(x) && cuedBefore(s, x, "listed-topic"));
}

// "the recently signed declaration", "three decades after the first contract was inked",
// "since 1994, when the two countries signed ...", "after President X's visit to Washington":
// an event told only as the past something is measured from (rules/en/event-cues.json,
// 'recalled-before') is background, left out unless one of the sentence's dates is its own
// (nearer to it than to any other of the sentence's triggers). A date written before the cue
// ("This year we mark 30 years since ties were restored") dates the sentence's now, from which
// the past is measured: never the recalled event's own.
export function recalledOnly(s: SentenceInfo, t: Trigger, found: Trigger[]): boolean {
  if (!cuedBefore(s, t, "recalled-before")) return false;
  const from = recallCueStart(s, t);
  return !s.dates.some((d) => d.start !== null && d.index >= from && closestTo(found, d) === t);
}

// Where, in the sentence's text, the recalling cue before the trigger starts: the nearest
// cue match that reaches the trigger (a match is read at its longest, so it may run on into
// the trigger's words).
function recallCueStart(s: SentenceInfo, t: Trigger): number {
  const at = s.tokens.findIndex((k) => k.start === s.start + t.start);
  const first = eventCues
    .matchAll(s.tokens)
    .filter((m) => m.rule.cue === "recalled-before" && m.start < at && m.end >= at)
    .reduce((last, m) => Math.max(last, m.start), -1);
  const token = first < 0 ? undefined : s.tokens[first];
  return token ? token.start - s.start : t.start;
}
