import type { SentenceInfo } from "./sentence-context";
import type { Statement } from "./sentence-events";

// The statement's date is written in its own sentence (not taken from the story around it).
export function ownDate(st: Statement, s: SentenceInfo): boolean {
  const d = st.date;
  return d !== null && d.text !== "" && s.text.slice(d.index, d.index + d.text.length) === d.text;
}
