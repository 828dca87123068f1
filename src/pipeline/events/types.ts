// Intermediate event records: one per event statement, before merging.

import type { DateBasis, Entity, EventSource, EventType } from "../../shared/schema";
import type { ResolvedDate } from "../types";

export type CandidateEvent = {
  articleId: string;
  /** Position of the stating sentence in its article, for "the previous event". */
  order: number;
  type: EventType;
  title: string;
  /** Ordinal + type + body, for "the 23rd India-Russia Annual Summit" in several articles. */
  namedKey: string | null;
  /** Title word of a milestone ("Delivery"), from its trigger rule. */
  label: string | null;
  /** Told beside another event of the same sentence, which it must not merge with. */
  apart?: boolean;
  /** A gathering told as where talks were held beside it ("met X on the sidelines of the
   * summit"): talks are not folded into it (see merge-events.ts). */
  hostsTalks?: boolean;
  /** Told as one more meeting ("also met X"): naming someone another meeting of its story on
   * that day lacks, it is a meeting of its own. */
  another?: boolean;
  /** One of separate meetings whose lead the sentence does not name: its one person is the
   * one met, not one holding talks of their own (see merge-events.ts, loneTalks). */
  metByUnnamed?: boolean;
  date: ResolvedDate | null;
  /** Undated, the tense its own words tell it in ("is scheduled to meet X", "held talks"):
   * with no date to say so, whether it was still to come when reported (event-record.ts). */
  told?: "ahead" | "past";
  location: string | null;
  participants: string[];
  entities: string[];
  sources: EventSource[];
};

/** What the events stage knows about an article while reading it sentence by sentence. */
export type ArticleContext = {
  lead: ResolvedDate | null;
  dateline: string | null;
  /** The story's own country: its outlet's, else its dateline's. */
  home: string | null;
  people: Entity[];
  /** The publication day, for "earlier in the day". */
  published: { day: string; basis: DateBasis } | null;
  /** People of the sentence the lead date was read from. */
  leadPeople: string[];
  /** The lead sentence reports a visit: what its visitor does undated happened during it. */
  leadVisit: boolean;
  /** A trip ahead the story opens with ("I will leave for ..."): its stops, told undated in
   * the future, are on it (see tripOf). */
  trip: { date: ResolvedDate; people: string[] } | null;
  /** The lead sentence reports words only ("X told Y on Thursday that ..."), no event. */
  leadSaysOnly: boolean;
  orgCountry: (word: string) => string | null;
  /** Person ids of earlier sentences, most recent last. */
  history: string[][];
  /** People of the sentence after the one being read. */
  next?: string[];
  /** The last day-precise date stated so far, and its paragraph: "In the evening, ...". */
  /** The last day a sentence gave, and whether that sentence stated an event (a visit). */
  previous: {
    paragraph: number;
    date: ResolvedDate;
    told: boolean;
    visit: boolean;
    /** The people of the meetings (or calls) that sentence tells. */
    met: string[];
  } | null;
  /** The last date of any precision stated so far: "the same month", "that year". */
  lastDate: ResolvedDate | null;
  /** A visit has been told so far, dated or not: "during his visit" is that one. */
  visitTold?: boolean;
  /** The stay the story has told as under way or ahead ("X is on a visit to India from
   * August 19 to 22"), and its visitors (the lead's people when it names none). */
  stay?: {
    date: ResolvedDate;
    people: string[];
    /** Its last day, when only its first is dated and its length told ("a two-day visit"). */
    last?: string;
    /** The sentence that told it (its order in the article). */
    order: number;
  } | null;
  /** In a transcript, the person whose speaker label ("SECRETARY KERRY:") the current
   * paragraphs follow: their "we met", "I discussed" tell events they take part in. */
  speaker?: string | null;
};

/** One event stated (or referred to) by part of a sentence. */
export type Statement = {
  /** Type of the event stated, or of the earlier event referred to. */
  type: EventType;
  reference: boolean;
  date: ResolvedDate | null;
  /** Undated: the tense it is told in (see CandidateEvent.told). */
  told?: "ahead" | "past";
  participants: string[];
  entities: string[];
  location: string | null;
  namedKey: string | null;
  namedTitle: string | null;
  label: string | null;
  /** A second event of its sentence ("... and signed", "on the sidelines of the summit"). */
  apart?: boolean;
  /** A gathering its sentence tells talks held beside (see CandidateEvent.hostsTalks). */
  hostsTalks?: boolean;
  /** "also met X", "will also meet": one more meeting (see CandidateEvent.another). */
  another?: boolean;
  /** Persons of a "separate meetings with A and B" statement, one event each. */
  separate: boolean;
  /** How many of the participants come before "separately with" (they take part in each). */
  separateFrom?: number;
  /** "The exercise will conclude on February 4": the end of the event referred to. */
  concludes: boolean;
  /** "was attended by": adds people to whatever event was just reported. */
  anyType: boolean;
  /** Types of the earlier events the statement refers to ("During his India visit"). */
  referenceTypes: EventType[];
  /** Types of the earlier event it happened on the sidelines of ("sidelines of the summit"). */
  sidelinesOf: EventType[];
  /** A reference ("the visit of General X") that states its event when none came before. */
  standsAlone: boolean;
};
