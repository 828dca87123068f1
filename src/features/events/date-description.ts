import { labelDateRange } from "../../shared/dates";
import type { DateBasis, IndexEvent } from "../../shared/schema";

const precisionNotes = {
  year: "year only — the text gives no month or day",
  month: "month only — the text gives no day",
} as const;

const basisLabels: Record<DateBasis, string> = {
  stated: "stated in the text",
  // The year may come from the publication date, or, when the story has none, from a day it
  // writes in full or the year its headline names (pipeline/dates/reference-day.ts).
  "year-inferred":
    "year not written — inferred from the publication date or the article's other dates",
  "weekday-inferred": "date inferred from the weekday and the publication date",
  // "in January", "first week of January", "earlier this year": the words give no year (or no
  // month), which is placed against the publication date or, when the story has none, against
  // a day it writes in full; the reader is told so rather than shown a year as if written.
  vague:
    "from a phrase without a full date, placed against the publication date or the article's other dates",
  editor: "date supplied by editor",
  context: "taken from the story's context (the day it reports on, or the event it was part of)",
};

/** "December 2025 (month only — the text gives no day)": never more precise than the data. */
export function describeEventDate(event: IndexEvent): string {
  if (event.start === null) return "Date unknown — the articles give no date for this event";
  const label = labelDateRange(event.start, event.end);
  const note =
    event.precision === "year" || event.precision === "month"
      ? precisionNotes[event.precision]
      : null;
  return note ? `${label} (${note})` : label;
}

export function describeDateBasis(event: IndexEvent): string | null {
  if (!event.dateBasis) return null;
  const basis = basisLabels[event.dateBasis];
  return event.dateText ? `${basis}: “${event.dateText}”` : basis;
}

/** Short form for lists and tooltips: "8–9 July 2024", "June 2025", "Undated". */
export function shortEventDate(event: IndexEvent): string {
  return event.start === null ? "Undated" : labelDateRange(event.start, event.end);
}
