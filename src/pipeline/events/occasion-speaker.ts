// "Speaking on the occasion, Commander Pakistan Fleet Vice Admiral X said ...": the speaker
// spoke at the event the story has just told, so takes part in it (rules/en/event-cues.json,
// 'occasion-speaker', read at the sentence's first word). Only the event told last, in this
// paragraph or the one before; the speaker is the first person named in the sentence.
//
// "At the 2+2 dialogue, External Affairs Minister X expressed concerns ...": a sentence set at
// a meeting or call ('meeting-setting') names who was there: the first person named joins the
// last meeting (or call) told in this paragraph or the two before, which may not be the last
// event ("During the talks, India signed agreements" can come between).

import type { EventType } from "../../shared/schema";
import { eventCueRules, eventCues, type EventCue } from "../rules/cue-rules";
import type { SentenceInfo } from "./sentence-context";
import type { CandidateEvent } from "./types";
import { GATHERING_TYPES, MEETING_TYPES } from "./meeting-kind";

const CALLS: EventType[] = ["phone-call"];
const CUES: EventCue[] = ["occasion-speaker", "meeting-setting"];

// Both cues are read at the sentence's first word, and every rule of theirs names that word:
// a sentence opening on any other word (most) is skipped without matching the cue file.
const OPENING_WORDS = openingWords(CUES);

export function occasionSpeaker(s: SentenceInfo, events: CandidateEvent[]): void {
  if (OPENING_WORDS && !OPENING_WORDS.has(s.tokens[0]?.lower ?? "")) return;
  const cue = eventCues.matchAll(s.tokens).find((m) => CUES.includes(m.rule.cue) && m.start === 0);
  if (!cue) return;
  const noun = s.tokens[cue.end - 2]?.lower ?? "";
  const setting = cue.rule.cue === "meeting-setting";
  const types = noun === "call" || noun === "conversation" ? CALLS : MEETING_TYPES;
  const near = (e: CandidateEvent) =>
    e.sources.some((x) => x.paragraph >= s.paragraph - (setting ? 2 : 1));
  const named = setting ? namedSetting(s, cue, events, types) : undefined;
  const last =
    named ?? (setting ? events.findLast((e) => types.includes(e.type)) : events[events.length - 1]);
  if (!last || !near(last)) return;
  const target = gatheringOf(last, events) ?? last;
  const after = (s.tokens[cue.end - 1]?.end ?? 0) - s.start;
  const speaker = s.mentions.find((m) => m.entity.kind === "person" && m.start >= after);
  if (!speaker || target.participants.includes(speaker.entity.id)) return;
  target.participants = [...target.participants, speaker.entity.id];
}

// "Later in the day, Modi and Putin will hold a meeting as part of the 21st Annual Summit", then
// "During the 2+2 dialogue, Singh said ...": a setting that names its meeting by a word of its
// own (a number or a name: "2+2", "BRICS", "July 8") is the last meeting told with that word,
// not the last meeting told.
function namedSetting(
  s: SentenceInfo,
  cue: { start: number; end: number },
  events: CandidateEvent[],
  types: readonly EventType[],
): CandidateEvent | undefined {
  const words = s.tokens
    .slice(cue.start + 1, cue.end - 2)
    .map((t) => t.text)
    .filter((w) => /[\p{Lu}\p{N}]/u.test(w));
  if (words.length === 0) return undefined;
  return events.findLast(
    (e) => types.includes(e.type) && e.sources.some((x) => words.every((w) => x.quote.includes(w))),
  );
}

// "Representatives gathered on Wednesday for the 18th ... Ministers Meeting. Closer cooperation
// was the main topic of discussion by the ministers in the meeting. Speaking at the meeting,
// X said": bare talks naming no one, undated or on the day of a gathering the story told
// before them, are that gathering told again, so the speaker joins the gathering.
function gatheringOf(e: CandidateEvent, events: CandidateEvent[]): CandidateEvent | null {
  if (e.type !== "talks" || e.participants.length > 0 || e.namedKey) return null;
  const day = e.date?.start ?? null;
  if (day !== null && e.date?.precision !== "day") return null;
  return (
    events
      .slice(0, events.indexOf(e))
      .findLast(
        (o) =>
          GATHERING_TYPES.includes(o.type) &&
          (day === null || (o.date?.precision === "day" && o.date.start === day)),
      ) ?? null
  );
}

// The lower-case words the cues' rules must open on; null when a rule's first token is
// optional or not a word list (then every sentence is matched).
function openingWords(cues: EventCue[]): Set<string> | null {
  const words = new Set<string>();
  for (const rule of eventCueRules) {
    if (!cues.includes(rule.cue)) continue;
    const first = rule.pattern[0];
    if (first?.LOWER === undefined || first.OP !== undefined) return null;
    for (const w of typeof first.LOWER === "string" ? [first.LOWER] : first.LOWER) words.add(w);
  }
  return words;
}
