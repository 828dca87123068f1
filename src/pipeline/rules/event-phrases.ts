// Phrases and word lists of the events stage kept as regular expressions
// (rules/en/event-phrases.json), checked when loaded; events/*.ts runs them.

import * as z from "zod";
import { eventTypes } from "../../shared/schema";
import phraseFile from "./en/event-phrases.json";
import { checkedRuleFile } from "./checked-rules";

const example = z.union([
  z.string(),
  z.strictObject({ text: z.string(), after: z.string() }),
  z.strictObject({ text: z.string(), before: z.string() }),
  z.strictObject({ text: z.string(), from: z.string() }),
]);

const pattern = z.strictObject({
  source: z.string().min(1),
  flags: z.string().regex(/^g?i?s?u?$/),
  reads: z.enum([
    "after-trigger",
    "after-date",
    "before-trigger",
    "trigger",
    "before-name",
    "after-name",
    "from-name",
    "before-date",
    "sentence",
    "clause",
    "role",
  ]),
  note: z.string(),
  examples: z.array(example).min(1),
  counterexamples: z.array(example).optional(),
});

// Which events a ceremony of each kind its pattern names folds into (events/ceremony-of.ts).
const ceremonyOf = pattern.extend({
  foldsInto: z.strictObject({
    note: z.string(),
    kinds: z.record(
      z.string(),
      z
        .array(
          z.strictObject({
            type: z.enum(eventTypes),
            labels: z.array(z.string().min(1)).min(1).optional(),
          }),
        )
        .min(1),
    ),
  }),
});

const wordExample = z.strictObject({ text: z.string(), word: z.string() });

const wordList = z.strictObject({
  words: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  note: z.string(),
  examples: z.array(wordExample).min(1),
  counterexamples: z.array(wordExample).optional(),
});

const file = checkedRuleFile(
  z.strictObject({
    description: z.string(),
    patterns: z.strictObject({
      noDayYet: pattern,
      ministersOf: pattern,
      leadDateCue: pattern,
      besideSideClause: pattern,
      alsoCue: pattern,
      anotherMeeting: pattern,
      seriesMeeting: pattern,
      seriesDoing: pattern,
      alsoCalledOn: pattern,
      pluralAnaphor: pattern,
      personalAnaphor: pattern,
      rolePlural: pattern,
      countriesPlural: pattern,
      pluralOfCountries: pattern,
      described: pattern,
      officeDescribed: pattern,
      officeOfPlace: pattern,
      epithetSubject: pattern,
      visitor: pattern,
      vesselVisitor: pattern,
      roleDescribed: pattern,
      topDiplomat: pattern,
      foreignOffice: pattern,
      leaderRole: pattern,
      absentBefore: pattern,
      topicBefore: pattern,
      topicAfter: pattern,
      inviterBefore: pattern,
      briefsAfter: pattern,
      quoteSpeakerBefore: pattern,
      quoteSpeakerAfter: pattern,
      quoteSpeakerLeads: pattern,
      quotePronounSpeaker: pattern,
      sameDayCue: pattern,
      gapFromStory: pattern,
      pronounSubject: pattern,
      bothSides: pattern,
      recalled: pattern,
      seriesDescribed: pattern,
      readoutLead: pattern,
      ongoingStay: pattern,
      dayPart: pattern,
      hourOfDay: pattern,
      visitFrame: pattern,
      continuer: pattern,
      sequenceOpener: pattern,
      earlierThatDay: pattern,
      contextFuture: pattern,
      negationBefore: pattern,
      calledOffAfter: pattern,
      possibleAfter: pattern,
      possibleThen: pattern,
      severalBefore: pattern,
      habitBefore: pattern,
      metWithBefore: pattern,
      tripToMeet: pattern,
      purposeBefore: pattern,
      severalAt: pattern,
      departs: pattern,
      toReceive: pattern,
      looksAhead: pattern,
      tripAhead: pattern,
      plan: pattern,
      stayPlan: pattern,
      stayLength: pattern,
      stayDay: pattern,
      visitThenMet: pattern,
      visitorRelative: pattern,
      staySigning: pattern,
      spokesperson: pattern,
      agreedTo: pattern,
      separate: pattern,
      separateWith: pattern,
      alsoWith: pattern,
      concludes: pattern,
      attendance: pattern,
      weakTrigger: pattern,
      discussedBefore: pattern,
      visitAfterName: pattern,
      reportsOn: pattern,
      reportsOnAside: pattern,
      exerciseCommand: pattern,
      vesselCommand: pattern,
      signedAtOccasion: pattern,
      ceremonyOf,
      samePeriod: pattern,
      laterThan: pattern,
      earlierThan: pattern,
      coordinatedDate: pattern,
      travellerFirstPerson: pattern,
      speakerSelf: pattern,
      quoteFirstPerson: pattern,
      borrowedQuote: pattern,
      referenceBefore: pattern,
      holdingBefore: pattern,
      briefedOn: pattern,
      eveOf: pattern,
      sidelinesBefore: pattern,
      sidelinesOfEarlier: pattern,
      stillPlanned: pattern,
      sameDayClause: pattern,
      reportedOn: pattern,
      newSubject: pattern,
      relativeOpening: pattern,
      spanBefore: pattern,
      placeBefore: pattern,
      definiteDocument: pattern,
      definiteEvent: pattern,
      forThe: pattern,
      purposeAfterDate: pattern,
      saidAhead: pattern,
      visitOfPerson: pattern,
      bareOffice: pattern,
      relativeMarker: pattern,
      occasionPeopleAfter: pattern,
    }),
    words: z.strictObject({
      officeDeterminers: wordList,
      officeQualifiers: wordList,
      counterpartWords: wordList,
      leaderWords: wordList,
      standingBodies: wordList,
      purposePlurals: wordList,
      severalPlurals: wordList,
      habitPlurals: wordList,
      listedPlurals: wordList,
      ordinalBodyStops: wordList,
      heldAuxiliaries: wordList,
      gatheringLinks: wordList,
    }),
    gapCounts: z.strictObject({
      note: z.string(),
      counts: z.record(z.string(), z.number().int().positive()),
      some: z.array(z.string()).min(1),
      exactHedges: z.array(z.string()).min(1),
      upToHedges: z.array(z.string()).min(1),
    }),
  }),
  phraseFile,
  "event-phrases",
);

export type EventPhraseName = keyof typeof file.patterns;
export type EventWordListName = keyof typeof file.words;

const compile = (p: z.infer<typeof pattern>) => new RegExp(p.source, p.flags);

/** Each pattern compiled, by name (a global one is for matchAll, which copies it). */
export const eventPhrases = Object.fromEntries(
  Object.entries(file.patterns).map(([name, p]) => [name, compile(p)]),
) as Record<EventPhraseName, RegExp>;

/** Each word list as a test of a whole word, case aside, by name. */
export const eventWords = Object.fromEntries(
  Object.entries(file.words).map(([name, list]) => [
    name,
    new RegExp(`^(?:${list.words.join("|")})$`, "i"),
  ]),
) as Record<EventWordListName, RegExp>;

export const eventPhraseRules = file.patterns;
export const eventWordLists = file.words;

/** How the words of a gap between two events count ("two days after", "barely a week"). */
export const gapCounts = file.gapCounts;
