// Cue-word rules (rules/en/*-cues.json): words around a name or a trigger that tell how to
// read it. Each file is validated and compiled once; stages ask which cues stand at a token.

import * as z from "zod";
import eventCueFile from "./en/event-cues.json";
import personCueFile from "./en/person-cues.json";
import { cueWordTest, ruleMatcher } from "./rule-matcher";
import { ruleFileSchema } from "./rule-schema";
import { checkedRuleFile } from "./checked-rules";

export const personCueRules = checkedRuleFile(
  ruleFileSchema({
    cue: z.enum([
      "met-before",
      "not-official-before",
      "person-before",
      "office-before",
      "reporting-verb",
      "deceased-before",
      "relative-before",
      "scholar-before",
      "scholar-after",
      "reporter-before",
      "reporter-after",
    ]),
  }),
  personCueFile,
  "person-cues",
).rules;

export type PersonCue = (typeof personCueRules)[number]["cue"];

export const personCues = ruleMatcher(personCueRules);

/** Text that may hold a 'deceased-before' cue (most holds none: see cueWordTest). */
export const deceasedCueWords = cueWordTest(personCueRules, "deceased-before");

/** Text that may hold a 'reporter-after' cue ("... contributed to this report"). */
export const reporterAfterCueWords = cueWordTest(personCueRules, "reporter-after");

/** Text that may hold a 'relative-before' cue ("his wife", "first lady"). */
export const relativeCueWords = cueWordTest(personCueRules, "relative-before");

export const eventCueRules = checkedRuleFile(
  ruleFileSchema({
    cue: z.enum([
      "proposed-before",
      "definite-occasion",
      "period-so-far",
      "who-clause",
      "started-process",
      "trailing-attribution",
      "opening-participle",
      "occasion-speaker",
      "meeting-setting",
      "first-person-trip",
      "saying-after-date",
      "release-before-date",
      "release-after-date",
      "holder-before-date",
      "listed-topic",
      "recalled-before",
      "series-began-before-date",
      "visit-start",
      "ordinal-count-before",
    ]),
  }),
  eventCueFile,
  "event-cues",
).rules;

export type EventCue = (typeof eventCueRules)[number]["cue"];

export const eventCues = ruleMatcher(eventCueRules);

/** Text that may hold a date's saying or release cue (most sentences hold neither). */
export const sayingCueWords = {
  release: cueWordTest(eventCueRules, "release-before-date"),
  releaseAfter: cueWordTest(eventCueRules, "release-after-date"),
  holder: cueWordTest(eventCueRules, "holder-before-date"),
  saying: cueWordTest(eventCueRules, "saying-after-date"),
};
