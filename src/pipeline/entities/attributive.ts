// "The Trump administration", "the Modi government", "the Putin era": a leader's name used
// to label a government or a period, which is no mention of the person taking part. The
// words: rules/en/entity-cues.json (governmentLabels).

import { LABELLED } from "../rules/entity-cues";

/** The name ending at `end` labels an administration or a period. */
export function labelsAGovernment(text: string, end: number): boolean {
  return LABELLED.test(text.slice(end, end + 20));
}
