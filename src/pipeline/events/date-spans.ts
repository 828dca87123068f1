// Whether two statements' dates can describe the same event: one span contains the other
// (an unknown date contains everything).

import { spanOf } from "../../shared/dates";
import type { CandidateEvent } from "./types";

export function datesCompatible(a: CandidateEvent, b: CandidateEvent): boolean {
  const sa = span(a);
  const sb = span(b);
  if (!sa || !sb) return true;
  const aInB = sa.from >= sb.from && sa.to <= sb.to;
  const bInA = sb.from >= sa.from && sb.to <= sa.to;
  return aInB || bInA;
}

const spans = new WeakMap<CandidateEvent, { from: Date; to: Date } | null>();

/** The span a statement's date covers, computed once per statement. */
export function span(c: CandidateEvent): { from: Date; to: Date } | null {
  if (!spans.has(c)) spans.set(c, computeSpan(c));
  return spans.get(c) ?? null;
}

/** After a statement's date changed: its span is computed again when next asked for. */
export function forgetSpan(c: CandidateEvent): void {
  spans.delete(c);
}

function computeSpan(c: CandidateEvent): { from: Date; to: Date } | null {
  if (!c.date?.start) return null;
  const s = spanOf(c.date.start);
  if (!s) return null;
  const end = c.date.end ? spanOf(c.date.end) : null;
  return { from: s.from, to: end?.to ?? s.to };
}
