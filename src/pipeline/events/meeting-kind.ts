// What a bare "meeting"/"session" is a meeting of: a commission (or another standing body, a
// council or a committee), a working group, ministers, or (by default) two officials talking.

import type { Entity, EventType } from "../../shared/schema";
import { eventPhrases, eventWords } from "../rules/event-phrases";
import type { SentenceInfo } from "./sentence-context";
import type { Trigger } from "./triggers";

export type MeetingBody = { type: EventType; body: Entity | null };

/** The meetings that are an occasion of their own: a summit, a body's session, ministers'. */
export const GATHERING_TYPES: readonly EventType[] = [
  "summit",
  "commission-meeting",
  "working-group-meeting",
  "ministerial-meeting",
];

/** Every kind a meeting can be: a gathering, or two officials' talks. */
export const MEETING_TYPES: readonly EventType[] = [...GATHERING_TYPES, "talks"];
/** A meeting or a call: the people of one met, in person or on the line. */
export const MET_TYPES: readonly EventType[] = [...MEETING_TYPES, "phone-call"];

export function meetingBody(s: SentenceInfo, t: Trigger): MeetingBody {
  const orgs = s.mentions.filter((m) => m.entity.kind === "organization");
  const linked = orgs.filter((m) => {
    const before = s.text.slice(m.end, t.start);
    const after = s.text.slice(t.end, m.start);
    return (
      (m.end <= t.start && before.length <= 26 && !/[.;]/.test(before)) ||
      (m.start >= t.end && /^\s+of\s+(?:the\s+)?$/.test(after))
    );
  });
  const group = linked.find((m) => /\bWorking Group\b/i.test(m.entity.name));
  if (group) return { type: "working-group-meeting", body: group.entity };
  const commission = linked.find((m) => /\bCommission\b/i.test(m.entity.name));
  if (commission) return { type: "commission-meeting", body: commission.entity };
  if (MINISTERS_OF.test(s.text.slice(t.end))) return { type: "ministerial-meeting", body: null };
  // "the 4th Meeting of Pakistan-Turkey High Level Strategic Cooperation Council": a standing
  // body's session, as a Commission's is (after ministers meeting as a body, which stay theirs).
  const standing = linked.find((m) => m.entity.name.split(/\s+/).some((w) => STANDING.test(w)));
  if (standing) return { type: "commission-meeting", body: standing.entity };
  return { type: "talks", body: null };
}

// "a meeting of NATO Ministers", "a meeting of defence ministers from ASEAN", "an annual
// meeting of the foreign ministers": ministers meeting as a body. (Two ministers meeting,
// "the meeting of the two defence ministers", are talks.)
// The words are data (rules/en/event-phrases.json, ministersOf).
const MINISTERS_OF = eventPhrases.ministersOf;
const STANDING = eventWords.standingBodies; // rules/en/event-phrases.json

export function classifyMeeting(s: SentenceInfo, t: Trigger): EventType {
  return meetingBody(s, t).type;
}
