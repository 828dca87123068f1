import { parsePartialDate } from "../shared/dates";

// What a single link value must look like to be accepted. Anything else is dropped by the
// parser (and reported), so it can never reach the page.

/** Ids and facet values: non-empty, no control characters, not absurdly long. */
export function isCleanText(value: string): boolean {
  return (
    value.length > 0 &&
    value.length <= 200 &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f\u007f]/.test(value) &&
    isWellFormed(value)
  );
}

// A lone surrogate cannot survive percent-encoding, so it would never round-trip.
export function isWellFormed(value: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}

export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parsePartialDate(value) !== null;
}
