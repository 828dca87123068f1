// Where a page's headline and story body are: the headline is the first content line,
// the body starts at the first line that reads as story text.

import { parseDateline } from "./dateline";
import type { LineInfo } from "./furniture";

export type Line = { text: string; info: LineInfo | null };

const SENTENCE_END = /[.!?]["”’)]?$/;
const MAX_HEADLINE = 200;

function isBodyStart(text: string): boolean {
  const words = text.split(" ").length;
  return parseDateline(text) !== null || (SENTENCE_END.test(text) && words >= 6) || words >= 25;
}

/** The headline is the first content line unless it already reads as story text; short
 * lines without sentence punctuation between it and the body are related-story links or
 * standfirsts, not story text. */
export function findHeadlineAndBody(lines: Line[]): { headline: string | null; bodyStart: number } {
  const content = lines.flatMap((l, i) => (l.info?.kind === "content" ? [i] : []));
  const first = content[0];
  if (first === undefined) return { headline: null, bodyStart: lines.length };
  const firstText = lines[first]?.text ?? "";
  const hasHeadline =
    firstText.length <= MAX_HEADLINE &&
    parseDateline(firstText) === null &&
    !(SENTENCE_END.test(firstText) && firstText.split(" ").length > 30);
  if (!hasHeadline) return { headline: null, bodyStart: first };
  const rest = content.slice(1);
  const start = rest.find((i) => isBodyStart(lines[i]?.text ?? "")) ?? rest[0] ?? lines.length;
  return { headline: firstText, bodyStart: start };
}
