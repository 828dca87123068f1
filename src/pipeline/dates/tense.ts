// Whether a date phrase looks forward from the publication date. News copy is past tense
// by default; a future cue in the date's sentence flips it unless a past verb sits between.

const FUTURE_BEFORE =
  /\b(?:will|shall|would|'ll|is to|are to|to be held|to be hosted|to be signed|to visit|to attend|to host|looking forward|look forward|looks forward|upcoming|scheduled|slated|set to|expected to|plans? to|planning to|planned|is due|are due)\b/gi;
const FUTURE_AFTER = /^[^,;]{0,30}?\b(?:will|shall|is to|are to|is set to|are set to)\b/i;
const PAST_BETWEEN =
  /(?<!\b(?:be|been|being|to|will|would)\s)\b(?:had|has|have|was|were|did|met|held|said|told|took|came|went|made|signed|visited|travelled|traveled)\b/i;

/** Offsets where sentences start, for finding the sentence around a date phrase. */
export function sentenceStarts(text: string): number[] {
  const boundary = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])|\n+/g;
  const starts = [0];
  for (const m of text.matchAll(boundary)) starts.push(m.index + m[0].length);
  return starts;
}

function sentenceAround(starts: number[], textLength: number, index: number) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((starts[mid] ?? 0) <= index) lo = mid;
    else hi = mid - 1;
  }
  return { start: starts[lo] ?? 0, end: starts[lo + 1] ?? textLength };
}

export function looksFuture(
  text: string,
  starts: number[],
  index: number,
  length: number,
): boolean {
  const { start, end } = sentenceAround(starts, text.length, index);
  const before = text.slice(start, index);
  let lastCue = -1;
  for (const m of before.matchAll(FUTURE_BEFORE)) lastCue = m.index + m[0].length;
  if (lastCue >= 0 && !PAST_BETWEEN.test(before.slice(lastCue))) return true;
  const phrase = text.slice(index, index + length);
  if (/\b(?:next|coming|upcoming)\b/i.test(phrase)) return true;
  return FUTURE_AFTER.test(text.slice(index + length, end));
}
