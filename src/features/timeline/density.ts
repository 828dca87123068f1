export type YearBar = { year: number; count: number; selected: boolean };

/** One bar per calendar year from the first to the last dated year, gaps included as zeros. */
export function yearBars(
  options: { value: string; count: number; selected: boolean }[],
): YearBar[] {
  const byYear = new Map(options.map((o) => [Number(o.value), o]));
  const years = [...byYear.keys()].filter(Number.isFinite);
  if (years.length === 0) return [];
  const bars: YearBar[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    const option = byYear.get(year);
    bars.push({ year, count: option?.count ?? 0, selected: option?.selected ?? false });
  }
  return bars;
}
