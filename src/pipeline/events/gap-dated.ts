import type { ResolvedDate } from "../types";
import { GAP_FROM_STORY, gapFrom } from "./relative-dates";
import type { SentenceInfo } from "./sentence-context";

/** "The call came two days after he spoke with ...": the sentence's date is counted back from
 * the story's own day (the lead's), in place of the vague "days after" it reads on its own;
 * a sentence with a day of its own counts from that day instead. */
export function gapDated(s: SentenceInfo, lead: ResolvedDate | null): SentenceInfo {
  const m = GAP_FROM_STORY.exec(s.text);
  if (!m) return s;
  const end = m.index + m[0].length;
  const inGap = (d: ResolvedDate) => d.index < end && d.index + d.text.length > m.index;
  const own = s.dates.find((d) => !inGap(d) && d.precision === "day" && d.basis !== "vague");
  const anchor = own ?? lead;
  const dated = anchor ? gapFrom(m, anchor) : null;
  if (!dated) return s;
  return {
    ...s,
    dates: [...s.dates.filter((d) => !inGap(d)), dated].sort((a, b) => a.index - b.index),
  };
}
