import { resolveDates } from "../../resolve-dates";

/** "NEW DELHI, SEPT 4 ... September 4, 2020": the dateline's day written with its year. */
export function sameDayStated(body: string[], month: number | null, day: number): string | null {
  const found = new Set<string>();
  for (const r of resolveDates(body.join("\n"), { published: null, publishedFrom: null })) {
    if (r.basis !== "stated" || r.precision !== "day" || r.start === null) continue;
    const sameMonth = month === null || Number(r.start.slice(5, 7)) === month;
    if (sameMonth && Number(r.start.slice(8, 10)) === day) found.add(r.start);
  }
  const [only] = found;
  return found.size === 1 && only !== undefined ? only : null;
}
