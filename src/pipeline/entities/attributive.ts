// "The Trump administration", "the Modi government", "the Putin era": a leader's name used
// to label a government or a period, which is no mention of the person taking part.

const LABELLED = /^[\s-]+(?:administration|government|era|regime|presidency|doctrine)\b/i;

/** The name ending at `end` labels an administration or a period. */
export function labelsAGovernment(text: string, end: number): boolean {
  return LABELLED.test(text.slice(end, end + 20));
}
