// Words that report an event happening, by event type (the rules live in
// rules/en/event-triggers.json). A trigger written as a definite reference ("the meeting",
// "his talks", "Lavrov's visit") points back at an event already reported rather than
// stating a new one.

import type { EventType } from "../../shared/schema";
import type { Token } from "../annotate/types";
import { triggerMatcher, triggerRules } from "../rules/event-triggers";
import { eventPhrases } from "../rules/event-phrases";

export type Trigger = {
  start: number;
  end: number;
  type: EventType | "meeting";
  reference: boolean;
  /** From the rule: title word, whether it stands beside others, whether it needs a date. */
  label?: string;
  separate?: boolean;
  needsDate?: boolean;
  weak?: boolean;
  namesGathering?: boolean;
  /** "on the sidelines of the BRICS summit": the gathering another event was held beside. */
  sidelines?: boolean;
  /** What the sentence alone tells of it (events/not-events.ts `textChecks`), when the build's
   * map step has worked that out already: NOT_TOLD bits, 0 for none. */
  checked?: number;
};

const REFERENCE_BEFORE = eventPhrases.referenceBefore;
const CREATION_BEFORE = eventPhrases.holdingBefore;
// "briefed him on X's visit", "told them about the trip of X": a topic of the talks, not an event.
const BRIEFED_ON = eventPhrases.briefedOn;
// "issued a statement in Berlin on the eve of his visit to Turkey": the day told is the eve,
// the visit only the occasion it comes before.
const EVE_OF = eventPhrases.eveOf;
const SIDELINES = eventPhrases.sidelinesBefore;

const NOUNS = new Set([
  "summit",
  "exercise",
  "meeting",
  "meetings",
  "session",
  "meet",
  "talks",
  "consultations",
  "visit",
  "trip",
  "tour",
  "dialogue",
  "call",
  "telephonic conversation",
  "phone call",
  "telephone conversation",
  "telephone call",
  "phone conversation",
]);

// Each rule's place in the file, made once (it was made again for every sentence).
const order = new Map(triggerRules.map((r, i) => [r, i]));

/** The sentence's triggers; where rule matches overlap, the earlier rule in the file wins. */
export function findTriggers(s: { text: string; start: number; tokens: Token[] }): Trigger[] {
  const sentence = s.text;
  const matches = triggerMatcher
    .matchAll(s.tokens)
    .map((m) => ({
      type: m.rule.type,
      rule: m.rule,
      rank: order.get(m.rule) ?? 0,
      start: (s.tokens[m.start]?.start ?? 0) - s.start,
      end: (s.tokens[m.end - 1]?.end ?? 0) - s.start,
    }))
    .sort((a, b) => a.rank - b.rank || a.start - b.start);
  const out: Trigger[] = [];
  for (const m of matches) {
    const before = textBefore(sentence, m.start);
    if (m.type === "visit" && BRIEFED_ON.test(before)) continue;
    if (EVE_OF.test(before)) continue;
    if (out.some((t) => t.start < m.end && m.start < t.end)) continue;
    if (SIDELINES.test(before)) {
      out.push({ start: m.start, end: m.end, type: m.type, reference: false, sidelines: true });
      continue;
    }
    const words = sentence.slice(m.start, m.end).toLowerCase();
    // "the first ministerial meeting": a described noun is still the noun.
    const noun = NOUNS.has(words) || NOUNS.has(words.split(/\s+/).pop() ?? "");
    // "also attended the talks": joining an event already told, not holding a new one.
    const joined =
      /\b(?:also\s+(?:attend\w*|joined|took part in|was present at|were present at)|(?:was|were)\s+also\s+present\s+at)\s+$/.test(
        before.replace(REFERENCE_BEFORE, ""),
      );
    const reference =
      noun &&
      REFERENCE_BEFORE.test(before) &&
      (joined || !CREATION_BEFORE.test(before.replace(REFERENCE_BEFORE, "")));
    out.push({
      start: m.start,
      end: m.end,
      type: m.type,
      reference,
      ...(m.rule.label ? { label: m.rule.label } : {}),
      ...(m.rule.separate ? { separate: true } : {}),
      ...(m.rule.needsDate ? { needsDate: true } : {}),
      ...(m.rule.weak ? { weak: true } : {}),
      ...(m.rule.namesGathering ? { namesGathering: true } : {}),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

// The patterns above read back from a trigger a few words at most (a dozen words of usual
// length). Tried on the whole sentence before each trigger, a regex anchored at its end starts
// at every character: a sentence of n triggers cost n^2 ("the visit " repeated: 3.9x the time
// per doubling). They read the last REACH characters, from a word's start.
const REACH = 400;
function textBefore(sentence: string, at: number): string {
  if (at <= REACH) return sentence.slice(0, at);
  const window = sentence.slice(at - REACH, at);
  const space = window.search(/\s/);
  return space < 0 ? "" : window.slice(space + 1);
}

/** Order of preference when a sentence gives several kinds of event and no date decides. */
export const TYPE_PRIORITY: (EventType | "meeting")[] = [
  "summit",
  "commission-meeting",
  "working-group-meeting",
  "ministerial-meeting",
  "phone-call",
  "declaration",
  "agreement",
  "exercise",
  "visit",
  "talks",
  "meeting",
  "other",
];
