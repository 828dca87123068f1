import type { Entity } from "../../shared/schema";
import { within } from "./context-date";
import { sourceOf } from "./event-source";
import { ownDate } from "./own-date";
import type { SentenceInfo } from "./sentence-context";
import type { Statement } from "./sentence-events";
import { eventTitle } from "./titles";
import type { CandidateEvent } from "./types";

// A statement told as new: one event, or one for each of those met separately.
export function newEvents(
  st: Statement,
  s: SentenceInfo,
  articleId: string,
  earlier: CandidateEvent | null,
  occasion: CandidateEvent | null,
  byId: Map<string, Entity>,
): CandidateEvent[] {
  // A signing at an occasion is on the occasion's day unless its own words date it; that
  // day comes from the story around it, and says so.
  const atOccasion = occasion?.date && !ownDate(st, s) ? within(occasion.date) : null;
  // Placed on an earlier event's days, a statement told ahead ("During the visit, X will
  // hold talks with Y") is still a plan.
  const hosted =
    earlier?.date && st.told === "ahead"
      ? { ...within(earlier.date), future: true }
      : earlier?.date;
  const date = atOccasion ?? st.date ?? hosted ?? null;
  // A signing told beside an occasion the story never dates is not placed on its own.
  if (st.apart && !date) return [];
  // A signing at an occasion, its signers unnamed: the occasion's parties signed it.
  const signers = occasion && st.participants.length === 0 ? occasion.participants : [];
  // "held separate talks with A and B": one event with each of those met, and with whoever
  // the sentence names before "with" ("spoke separately with A and B", no one named: A; B).
  const lead = st.separateFrom ?? 1;
  const split =
    st.separate &&
    st.participants.length - lead >= 2 &&
    st.participants.length >= 2 &&
    date !== null;
  const groups = split
    ? st.participants.slice(lead).map((p) => [...st.participants.slice(0, lead), p])
    : [signers.length > 0 ? signers : st.participants];
  // "External Affairs Minister called on X and held discussions with A, as well as B": each
  // meeting names only the one met, by someone the sentence does not name.
  const metByUnnamed = split && st.separateFrom === 0;
  return groups.map((participants) => {
    const people = participants.flatMap((id) => byId.get(id) ?? []);
    const others = st.entities.flatMap((id) => byId.get(id) ?? []);
    return {
      articleId,
      order: s.order,
      type: st.type,
      title: eventTitle(st.type, people, others, st.location, st.namedTitle, st.label),
      namedKey: st.namedKey,
      label: st.label,
      ...(st.apart ? { apart: true } : {}),
      ...(st.hostsTalks ? { hostsTalks: true } : {}),
      ...(st.another ? { another: true } : {}),
      ...(metByUnnamed ? { metByUnnamed: true } : {}),
      date,
      ...(date === null && st.told ? { told: st.told } : {}),
      location: st.location,
      participants,
      entities: st.entities,
      sources: [sourceOf(s, articleId)],
    };
  });
}
