// A person named beside an event may only tell of it: a speaker after the event ("<event>,
// Defence Secretary Lena Berg said"), a spokesperson, an envoy who "said the talks would ...".
// These decide who reports on an event, so that they are not counted among its people.

import { eventCues } from "../rules/cue-rules";
import { eventPhrases } from "../rules/event-phrases";
import type { Range } from "./clauses";
import { cueTokensTest } from "./cue-tokens";
import type { SentenceInfo } from "./sentence-context";

// Whether the name ending at `end` is a speaker who reports on the event its trigger at
// `trigger` tells (rules/en/event-phrases.json, reportsOn).
export function reportsOn(
  text: string,
  end: number,
  trigger: number,
  refersBack: boolean,
): boolean {
  const said = REPORTS_ON.exec(text.slice(end, end + 200));
  if (!said) return false;
  const aside = ASIDE.test(said[0]);
  return trigger >= end + said[0].length || (!aside && (refersBack || trigger > end));
}

// The words of these patterns are data (rules/en/event-phrases.json, by these names).
const REPORTS_ON = eventPhrases.reportsOn;

// "X, speaking after the talks, said": words between the name and its verb of saying.
const ASIDE = eventPhrases.reportsOnAside;

export const SPOKESPERSON = eventPhrases.spokesperson;

const MAY_ATTRIBUTE = cueTokensTest("trailing-attribution");

// Where the sentence names its speaker after a comma (rules/en/event-cues.json,
// 'trailing-attribution'), in the sentence's offsets. After an opening participle
// ("Departing for Rabat on Tuesday, Lund told reporters") the name is the one who acts.
export function attributionSpans(s: SentenceInfo): Range[] {
  if (!MAY_ATTRIBUTE(s.tokens)) return [];
  const cues = eventCues.matchAll(s.tokens);
  if (cues.some((m) => m.rule.cue === "opening-participle" && m.start === 0)) return [];
  return cues.flatMap((m) => {
    const first = s.tokens[m.start];
    const last = s.tokens[m.end - 1];
    if (m.rule.cue !== "trailing-attribution" || !first || !last) return [];
    return [{ start: first.start - s.start, end: last.end - s.start }];
  });
}
