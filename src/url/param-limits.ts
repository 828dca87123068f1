// How much a link may carry. A pasted or forged link must not be able to make the page
// draw a chip millions of pixels wide or filter by thousands of values.
export const limits = {
  /** Characters of the search text kept from a link. */
  queryLength: 200,
  /** Values per facet parameter (official=…&official=…). */
  valuesPerList: 50,
  /** Articles side by side. */
  compareColumns: 6,
  /** Characters of one ignored parameter quoted back in the notice. */
  droppedEcho: 60,
} as const;

/** Cuts after `max` code points, never inside a surrogate pair. */
export function truncateCodePoints(value: string, max: number): string {
  if (value.length <= max) return value;
  return Array.from(value).slice(0, max).join("");
}

/** "name=value" for the notice, the value cut short so a huge one cannot flood it. */
export function describeDropped(name: string, value: string): string {
  const shortName = truncateCodePoints(name, limits.droppedEcho);
  if (value === "") return shortName;
  const shortValue = truncateCodePoints(value, limits.droppedEcho);
  return `${shortName}=${shortValue}${shortValue === value ? "" : "…"}`;
}
