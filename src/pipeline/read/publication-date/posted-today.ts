import { fullDateAt } from "../full-date";
import { TODAY_NUMBERED } from "./numbered-today";
import { POST_SIGNATURE } from "./post-signature";

const TODAY_WORD = /\btoday\b/i;

/** A story that tells of "today" in its opening and quotes a post that says "today" too: the
 * post's date is the story's day, when every such post gives the same one. */
export function postedToday(body: string[]): { iso: string; how: string } | null {
  const signed = (p: string) => [...p.matchAll(POST_SIGNATURE)].length > 0;
  const opening = body.filter((p) => !signed(p)).slice(0, 2);
  if (!opening.some((p) => TODAY_WORD.test(p))) return null;
  // "meets today (23)": a story that numbers its day takes no post of another day.
  const numbered = opening.map((p) => TODAY_NUMBERED.exec(p)?.[1]).find((d) => d !== undefined);
  const found = new Map<string, string>();
  for (const p of body.slice(0, 8)) {
    for (const m of p.matchAll(POST_SIGNATURE)) {
      const at = m.index + m[0].length;
      const date = fullDateAt(p.slice(at));
      const post = p.slice(0, m.index);
      if (date === null || p.slice(at + date.length).trim() !== "" || !TODAY_WORD.test(post))
        continue;
      if (numbered !== undefined && Number(numbered) !== Number(date.iso.slice(8, 10))) return null;
      found.set(date.iso, p.slice(m.index, at + date.length).trim());
    }
  }
  const [only] = found;
  return found.size === 1 && only !== undefined ? { iso: only[0], how: only[1] } : null;
}
