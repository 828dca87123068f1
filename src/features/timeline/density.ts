export type YearBar = {
  kind: "year";
  year: number;
  count: number;
  selected: boolean;
  /** Whether the year is written under its bar: with many bars, only some fit. */
  labelled: boolean;
};
/** Years with no events, too many in a row to draw each. */
export type YearGap = { kind: "gap"; from: number; to: number };
export type DensityEntry = YearBar | YearGap;

// A run of this many empty years or more is drawn as one gap: a background mention from
// decades earlier ("the 1951 treaty") would otherwise squeeze the years that hold the news.
const GAP_FROM = 3;
// Year labels are about two bars wide; on a phone, where bars are narrowest, closer ones would overlap.
const LABEL_SPACING = 3;

/**
 * One bar per calendar year from the first to the last dated year; short gaps stay as zero
 * bars so the shape shows, long ones become a single gap.
 */
export function yearBars(
  options: { value: string; count: number; selected: boolean }[],
): DensityEntry[] {
  const byYear = new Map(options.map((o) => [Number(o.value), o]));
  const years = [...byYear.keys()].filter(Number.isFinite);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const entries: DensityEntry[] = [];
  for (let year = first; year <= last; year++) {
    const option = byYear.get(year);
    if (option === undefined) {
      let end = year;
      while (end + 1 <= last && !byYear.has(end + 1)) end++;
      if (end - year + 1 >= GAP_FROM) {
        entries.push({ kind: "gap", from: year, to: end });
        year = end;
        continue;
      }
    }
    entries.push({
      kind: "year",
      year,
      count: option?.count ?? 0,
      selected: option?.selected ?? false,
      labelled: false,
    });
  }
  return labelYears(entries);
}

// Every year when they fit (a dozen bars leave each at least a label's width, even at 375 px);
// otherwise round years and the first year after a gap, never two labels closer than
// LABEL_SPACING slots.
function labelYears(entries: DensityEntry[]): DensityEntry[] {
  const bars = entries.filter((e) => e.kind === "year").length;
  const step = bars <= 12 ? 1 : bars <= 40 ? 5 : 10;
  let lastLabel = -Infinity;
  return entries.map((entry, i) => {
    if (entry.kind === "gap") return entry;
    const startsRun = i === 0 || entries[i - 1]?.kind === "gap";
    const wanted = step === 1 || startsRun || entry.year % step === 0;
    const labelled = wanted && (step === 1 || i - lastLabel >= LABEL_SPACING);
    if (labelled) lastLabel = i;
    return { ...entry, labelled };
  });
}
