import type { Statement } from "./sentence-events";

// "This was reiterated during the meeting of X with Y": a definite event the story has not
// told before, with the two sides named and a date, is told here for the first time.
export function firstTold(st: Statement): boolean {
  return st.participants.length >= 2 && st.date !== null;
}
