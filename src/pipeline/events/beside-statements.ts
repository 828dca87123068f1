// One sentence often tells more than one event: a summit and the agreements signed at it,
// talks held beside a gathering, a visit whose date the summit's name closes. These decide
// which words beside the sentence's main event make events of their own, each told apart.

import type { EventType } from "../../shared/schema";
import { HAPPENING_LABELS } from "../rules/beside-labels";
import { CONTRAST_BREAK } from "../rules/clause-cues";
import type { ResolvedDate } from "../types";
import { eventPhrases } from "../rules/event-phrases";
import { GATHERING_TYPES, MEETING_TYPES } from "./meeting-kind";
import type { SentenceInfo } from "./sentence-context";
import type { Trigger } from "./triggers";
import type { Statement } from "./types";
import { isWeak } from "./weak-triggers";

export const GATHERINGS = new Set<string>(GATHERING_TYPES);
const MEETINGS = new Set<string>(MEETING_TYPES);

// "flew home after attending the regional summit and holding bilateral talks with A, B and C":
// the gathering is attended by those named before "with"; the talks beside it are one meeting
// with each of those met, not the gathering.
export function talksBeside(
  s: SentenceInfo,
  main: Statement,
  triggers: Trigger[],
): Statement[] | null {
  const lead = main.separateFrom;
  if (
    !GATHERINGS.has(main.type) ||
    main.reference ||
    !main.separate ||
    lead === undefined ||
    lead === 0 ||
    main.participants.length <= lead ||
    !triggers.some((t) => talksHeld(s, t))
  )
    return null;
  const gathering: Statement = {
    ...main,
    participants: main.participants.slice(0, lead),
    separate: false,
    hostsTalks: true,
  };
  delete gathering.separateFrom;
  return [gathering, apartFrom(main, "talks", null)];
}

// The words of these patterns are data (rules/en/event-phrases.json, by these names).
const VISIT_THEN_MET = eventPhrases.visitThenMet;
const VISITOR_RELATIVE = eventPhrases.visitorRelative;

// "arrived on a two-day official visit to Pakistan and called on General X", "X, who is on an
// official visit to Singapore, called on Minister Y this evening": a visit and a meeting its
// visitor held, told in one sentence, are two events: the visit of those named before the
// meeting's word, and the meeting of them with those named after it.
export function visitBesideMeeting(
  s: SentenceInfo,
  main: Statement,
  triggers: Trigger[],
  mentions: SentenceInfo["mentions"],
): Statement[] | null {
  if (main.reference || main.separate || (main.type !== "visit" && main.type !== "talks"))
    return null;
  const visit = triggers.find((t) => t.type === "visit" && !t.reference);
  const met = visit && triggers.find((t) => t.start >= visit.end && talksHeld(s, t));
  if (!visit || !met) return null;
  // A meeting told as the visit's purpose ("a visit to Angola to meet President X") is the
  // visit's own doing, not a second event told beside it.
  const coordinated =
    VISIT_THEN_MET.test(s.text.slice(visit.end, met.start)) ||
    VISITOR_RELATIVE.test(s.text.slice(0, visit.start));
  if (!coordinated) return null;
  const after = new Set(
    mentions
      .filter((m) => m.entity.kind === "person" && m.start >= met.end)
      .map((m) => m.entity.id),
  );
  const visitors = main.participants.filter((p) => !after.has(p));
  const hosts = [...after].filter((p) => !visitors.includes(p));
  if (visitors.length === 0 || hosts.length === 0) return null;
  const meeting = { ...main, participants: [...visitors, ...hosts] };
  return main.type === "visit"
    ? [{ ...main, participants: visitors }, apartFrom(meeting, "talks", null)]
    : [meeting, { ...apartFrom(main, "visit", null), participants: visitors }];
}

// Talks the sentence tells as held: neither a reference back nor a weak word.
function talksHeld(s: SentenceInfo, t: Trigger): boolean {
  return t.type === "talks" && !t.reference && !t.weak && !isWeak(s, t);
}

// A gathering named in the statement, told through a visit or another gathering.
function toldBeside(type: EventType, t: Trigger): boolean {
  return (
    GATHERINGS.has(type) &&
    !t.reference &&
    t.type !== type &&
    (GATHERINGS.has(t.type) || t.type === "visit")
  );
}

// "held a summit and signed ten agreements": a signing, a declaration or a milestone told
// beside the main event is an event of its own, on the same day, with the same people.
export function besides(
  main: Statement,
  triggers: Trigger[],
  primary: Trigger,
  dated: boolean,
  s: SentenceInfo,
  date: ResolvedDate | null,
): Statement[] {
  if (!dated || main.reference) return [];
  const seen = new Set<string>([main.type]);
  const out: Statement[] = [];
  for (const t of triggers) {
    // "will be in Vladivostok from Wednesday for a 36-hour visit in which he will take part in
    // ... the 20th annual India Russia summit": the name makes the statement the summit, and
    // the visit its date closes is an event of its own too.
    if (t === primary && main.namedKey !== null && toldBeside(main.type, t) && !seen.has(t.type)) {
      seen.add(t.type);
      out.push(apartFrom(main, t.type as EventType, t.label ?? null));
      continue;
    }
    // The primary word is its own event too when a name gave the statement another type
    // ("At the 17th Annual Summit, ..., signing 16 agreements").
    // "The meeting of the Commission concluded on Friday, in which A and B signed a roadmap":
    // the signing is dated and the gathering it was signed at is told in the same words.
    const gathering = main.type === "agreement" && GATHERINGS.has(t.type);
    // "A met B in Brasilia on Wednesday, where they signed 22 agreements": the signing is the
    // statement (its date is nearer), and the meeting it was signed at is told in the same
    // words, an event of its own (as "held talks and signed a pact" is the other way round).
    const metAtSigning = main.type === "agreement" && t.type === "talks" && !t.weak;
    // "will co-chair the next session of the Dialogue on 16 June": a gathering's word beside a
    // meeting tells that same meeting; beside a trip ("will travel to Tehran on 16 October to
    // co-chair the Joint Commission") it is a meeting of its own.
    const sameMeeting = GATHERINGS.has(t.type) && MEETINGS.has(main.type);
    if (
      (t === primary && t.type === main.type) ||
      (!t.separate && !gathering && !metAtSigning) ||
      (t.reference && !gathering) ||
      t.type === "meeting" ||
      sameMeeting ||
      seen.has(t.type) ||
      // "met on Monday and discussed the invasion of the islands", "have met twice since X
      // took office, most recently on Monday": a happening told beside the meeting is its
      // topic or background; the date and people are the meeting's.
      (t.label !== undefined && HAPPENING_LABELS.has(t.label)) ||
      (date !== null && toldApart(s, t, primary, date))
    )
      continue;
    seen.add(t.type);
    out.push(apartFrom(main, t.type, t.label ?? null));
  }
  return out;
}

// Where the words of a side clause are: an opening participle clause ("Signed in October 2018
// for USD 5 billion, the deal has delivered three squadrons") or a closing "with" clause ("signed a
// deal to sell jets, with the first deliveries to begin in 2012") (rules/en/event-phrases.json).
const SIDE_CLAUSE = eventPhrases.besideSideClause;

// The date and the main event's word are told in a side clause that the word beside them is
// not in, or a contrast stands between the word and the date (", but the deal was aborted ... to
// signing such a deal"): that word's event has neither their date nor their people.
function toldApart(s: SentenceInfo, t: Trigger, primary: Trigger, date: ResolvedDate): boolean {
  const from = Math.min(t.start, date.index);
  const to = Math.max(t.end, date.index);
  if (CONTRAST_BREAK.test(s.text.slice(from, to))) return true;
  const inside = (start: number, end: number) => (at: number) => at >= start && at < end;
  for (const m of s.text.matchAll(SIDE_CLAUSE)) {
    const within = inside(m.index, m.index + m[0].length);
    if (within(date.index) && within(primary.start) && !within(t.start)) return true;
  }
  return false;
}

/** Another event the main statement's words tell, apart from it: the same sentence, date and
 * people, its own kind, no name of its own (the name is the main event's). */
function apartFrom(main: Statement, type: EventType, label: string | null): Statement {
  return { ...main, type, label, namedKey: null, namedTitle: null, apart: true };
}
