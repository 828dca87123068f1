import type { Entity, EventType } from "../../shared/schema";
import { eventPhrases } from "../rules/event-phrases";
import { sourceOf } from "./event-source";
import { MEETING_TYPES } from "./meeting-kind";
import type { SentenceInfo } from "./sentence-context";
import type { Statement } from "./sentence-events";
import { eventTitle } from "./titles";
import type { CandidateEvent } from "./types";

// "The agreements were signed as part of the working visit of X", "The documents were signed
// following a meeting between A and B" (rules/en/event-phrases.json, signedAtOccasion): the
// visit or meeting is an event of its own, on the day of the signing the sentence went to, with
// the people it names, unless the story already tells that occasion on that day.
export function signingOccasion(
  events: CandidateEvent[],
  stated: Statement[],
  s: SentenceInfo,
  articleId: string,
  byId: Map<string, Entity>,
): void {
  const st = stated.find((x) => x.type === "agreement" && x.participants.length > 0);
  const kind = st ? eventPhrases.signedAtOccasion.exec(s.text)?.[1]?.toLowerCase() : undefined;
  if (!st || !kind) return;
  const type: EventType = kind === "visit" ? "visit" : "talks";
  const signing = events.find((e) =>
    e.sources.some((x) => x.paragraph === s.paragraph && x.start === s.start),
  );
  const date = signing?.date;
  if (!date?.start) return;
  const told = events.some(
    (e) =>
      (e.type === type || (type === "talks" && MEETING_TYPES.includes(e.type))) &&
      e.date?.start === date.start &&
      e.participants.some((p) => st.participants.includes(p)),
  );
  if (told) return;
  const people = st.participants.flatMap((id) => byId.get(id) ?? []);
  events.push({
    articleId,
    order: s.order,
    type,
    title: eventTitle(type, people, [], st.location, null, null),
    namedKey: null,
    label: null,
    apart: true,
    date,
    location: st.location,
    participants: st.participants,
    entities: st.entities,
    sources: [sourceOf(s, articleId)],
  });
}
