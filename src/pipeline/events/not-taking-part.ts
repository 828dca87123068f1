// A person named in an event's sentence may not take part in it: whose greetings were
// conveyed, who briefed the media on it, who is quoted saying what it will be. These decide
// who is named without taking part (and when an inviter is the host who does).

import { eventPhrases } from "../rules/event-phrases";

// "conveyed the greetings of President Z", "on behalf of", "invited by", "congratulated Z",
// "briefed him on President Z's trip": Z is named in the event but does not take part in it.
const ABSENT_BEFORE = eventPhrases.absentBefore;

// "praised the relationship between Mr. Abe and Prime Minister Modi", "the fighting in
// Ukraine, on which Prime Minister Modi has held a neutral stance", "during the Temer and
// Bolsonaro governments": one named as the topic of what is said (a relationship, a stance,
// a government) is not in the event the sentence tells.
const TOPIC_BEFORE = eventPhrases.topicBefore;
const TOPIC_AFTER = eventPhrases.topicAfter;

// "travelling to Sydney at the invitation of Prime Minister X", "a visit to Brasilia,
// invited by President Y": the one who invites to a visit is its host, and takes part.
const INVITER_BEFORE = eventPhrases.inviterBefore;

// "Foreign Secretary X, at a media briefing, said the visit will be a short one": read from
// the name, an official briefing the media tells of the event and does not take part in it.
const BRIEFS_AFTER = eventPhrases.briefsAfter;

// "\"The President is leaving for India on October 4,\" Putin's aide Yury Ushakov told
// reporters.": the one who ends a sentence saying a quote tells what it says and does not do
// it, unless the quote speaks in the first person ("\"We had useful talks,\" X said.").
const QUOTE_SPEAKER_BEFORE = eventPhrases.quoteSpeakerBefore;
const QUOTE_SPEAKER_AFTER = eventPhrases.quoteSpeakerAfter;
const FIRST_PERSON = eventPhrases.quoteFirstPerson;

/** Whether the person named at `at` is the speaker a sentence names just after a closing
 * quote ('"...," Defence Secretary Lena Berg said.'). */
export function quoteSpeakerAt(text: string, at: number): boolean {
  return (
    QUOTE_SPEAKER_BEFORE.test(text.slice(0, at)) &&
    QUOTE_SPEAKER_AFTER.test(text.slice(at, at + 160))
  );
}

/** Whether a quote speaks in the first person ("I will", "we have agreed", "our talks"). */
export function firstPersonQuote(quote: string): boolean {
  return FIRST_PERSON.test(quote);
}

export function notTakingPart(text: string, at: number, visit = false): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  const after = text.slice(at, at + 160);
  if (BRIEFS_AFTER.test(after)) return true;
  if (TOPIC_BEFORE.test(before) || TOPIC_AFTER.test(after)) return true;
  const quote = QUOTE_SPEAKER_BEFORE.exec(text.slice(0, at));
  if (quote && QUOTE_SPEAKER_AFTER.test(after) && !FIRST_PERSON.test(text.slice(0, quote.index)))
    return true;
  if (visit && INVITER_BEFORE.test(before)) return false;
  return ABSENT_BEFORE.test(before);
}
