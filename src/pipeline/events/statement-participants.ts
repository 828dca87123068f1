// Who takes part in a sentence's event: the people it names, less those who only report on
// it or are named as absent, and those it points to without a name ("He", "the two leaders",
// "who had traveled to Paris", the transcript's speaker), in reading order. Those named
// before "separately with" take part in each of the separate meetings.

import type { EventType } from "../../shared/schema";
import { eventPhrases } from "../rules/event-phrases";
import { inRanges } from "./clauses";
import { notTakingPart } from "./not-taking-part";
import { extraParticipants, subjectParticipant } from "./participants";
import { quoteSelf } from "./quoted-speech";
import { attributionSpans, reportsOn, SPOKESPERSON } from "./reporting-speakers";
import type { SentenceInfo } from "./sentence-context";
import { ageOf, RECALL_YEARS } from "./statement-age";
import type { Group } from "./trigger-groups";
import type { Trigger } from "./triggers";
import type { ArticleContext } from "./types";

const SPEAKER_SELF = eventPhrases.speakerSelf;
const SEPARATE_WITH = eventPhrases.separateWith;
const ALSO_WITH = eventPhrases.alsoWith;
const MET_WITH_BEFORE = eventPhrases.metWithBefore;
const TRIP_TO_MEET = eventPhrases.tripToMeet;

/** What the statement being built has decided before its people are read. */
export type StatementSoFar = {
  /** The sentence masked to the group's ranges. */
  text: string;
  mentions: SentenceInfo["mentions"];
  primary: Trigger;
  type: EventType;
  refersBack: boolean;
  /** The one visitor of a visit told as discussed, who alone takes part. */
  visitor: string | null;
};

export function participantsOf(
  s: SentenceInfo,
  g: Group,
  ctx: ArticleContext,
  { text, mentions, primary, type, refersBack, visitor }: StatementSoFar,
): { participants: string[]; separateFrom: number | undefined; tripFor: string[] } {
  const speakers = attributionSpans(s);
  const people = mentions
    .filter((m) => m.entity.kind === "person" && !notTakingPart(text, m.start, type === "visit"))
    // "<event>, Defence Secretary Lena Berg said": the speaker after the event reports it.
    .filter((m) => !(m.start >= primary.end && inRanges(speakers, m.start, m.end)))
    // "MEA spokesperson X tweeted that eight agreements had been signed": a spokesperson
    // reports on events, and takes part in none.
    .filter((m) => !SPOKESPERSON.test(m.entity.role ?? ""))
    // "Ambassador X said the talks would ...", "Misri told reporters that the Prime Minister
    // had ...": a speaker about an event, not in it, unless "X said he ...". With words
    // between name and verb ("X, addressing reporters, said"), the event must come after the
    // verb: "X, on a visit to Lima, said ..." still makes X the visitor.
    .filter((m) => !reportsOn(text, m.end, primary.start, refersBack))
    .map((m) => ({ id: m.entity.id, at: m.start }));
  // "a trip to Vladivostok to hold bilateral talks with Putin": a visit whose every person is
  // one met on it names no visitor; the one met does not make it theirs. Those the trip was
  // made to meet ("I travelled to London to meet with X") are kept apart: with no traveller
  // named, that meeting is the event told (sentence-events.ts).
  const before = (p: { at: number }) => text.slice(0, p.at).slice(-80);
  const metOnly = type === "visit" && people.every((p) => MET_WITH_BEFORE.test(before(p)));
  const tripFor = metOnly
    ? people.filter((p) => TRIP_TO_MEET.test(before(p))).map((p) => p.id)
    : [];
  if (metOnly) people.length = 0;
  // "SECRETARY KERRY: ... we're going to talk and meet": the speaker of a transcript's
  // paragraph takes part in what they tell in the first person.
  const firstPerson = ctx.speaker ? SPEAKER_SELF.exec(text) : null;
  // An exercise is the forces' ("the two leaders directed their ministers to pursue joint
  // exercises" names no one in it); only one who watches it ("He will observe the
  // exercise", "The SPD politician wants to observe ...") is read from words without a name.
  const extra =
    type === "exercise"
      ? subjectParticipant(text, people.length, ctx)
      : [
          ...extraParticipants(
            text,
            people.length,
            ctx,
            (ageOf(g.date?.start ?? "", ctx)?.years ?? 0) >= RECALL_YEARS,
          ),
          ...(people.length === 0 ? antecedent(s, g, ctx) : []),
          ...(firstPerson && ctx.speaker ? [{ id: ctx.speaker, at: firstPerson.index }] : []),
          ...quoteSelf(s, primary, ctx),
        ];
  // Reading order, so that titles name people as the text does.
  const ordered = [...people, ...extra].sort((a, b) => a.at - b.at);
  // A visit's first person is its visitor: a transcript's speaker who tells it in the first
  // person goes after the others ("FOREIGN MINISTER A: I welcome the visit of Minister B": B
  // visits, A hosts; "Today B and I visited the camp" names B first anyway).
  if (type === "visit" && firstPerson && ctx.speaker) {
    const speaker = ctx.speaker;
    ordered.sort((a, b) => Number(a.id === speaker) - Number(b.id === speaker));
  }
  const participants = visitor ? [visitor] : unique([...g.carried, ...ordered.map((p) => p.id)]);
  // "spoke by phone separately with A and B": those named before "with" take part in each.
  const apartWith = SEPARATE_WITH.exec(text);
  const separateFrom = apartWith
    ? unique([
        ...g.carried,
        ...ordered.filter((p) => p.at < apartWith.index + apartWith[0].length).map((p) => p.id),
      ]).length
    : alsoWithLead(text, g, ordered);
  return { participants, separateFrom, tripFor };
}

// "President Isaias on 21 September held discussion with A, B, as well as with C": one meeting
// with each of those listed, by those named before the event's first word. With no one named
// there ("External Affairs Minister called on X and held discussions with A, as well as B"),
// the list still tells a meeting with each (X, A, B), by no one the sentence names: none of
// those listed is taken for the one who met the others.
function alsoWithLead(
  text: string,
  g: Group,
  ordered: { id: string; at: number }[],
): number | undefined {
  if (!ALSO_WITH.test(text)) return undefined;
  const first = Math.min(...g.triggers.map((t) => t.start));
  const lead = unique([...g.carried, ...ordered.filter((p) => p.at < first).map((p) => p.id)]);
  return lead.length;
}

// "This deepened the dialogue with the new German Foreign Minister, who had traveled to
// Paris on 14 March": a clause opening with "who" is about the person just before it.
function antecedent(s: SentenceInfo, g: Group, ctx: ArticleContext): { id: string; at: number }[] {
  const start = Math.min(...g.ranges.map((r) => r.start));
  const lead = /^\s*,\s*who\b/.exec(s.text.slice(start)) ?? /^\s*who\b/.exec(s.text.slice(start));
  if (!lead || start === 0) return [];
  let end = start;
  while (end > 0 && /[\s,]/.test(s.text.charAt(end - 1))) end--;
  const head = s.text.slice(0, end);
  if (!/,\s*who\b/.test(s.text.slice(head.length, start + lead[0].length))) return [];
  const named = s.mentions.filter(
    (m) => m.entity.kind === "person" && m.end <= head.length && m.end >= head.length - 2,
  );
  if (named.length > 0) return named.map((m) => ({ id: m.entity.id, at: start }));
  const described = /\b[Tt]he [^,;]*$/.exec(head.slice(-80));
  if (!described) return [];
  return extraParticipants(described[0], 0, ctx).map((p) => ({ id: p.id, at: start }));
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
