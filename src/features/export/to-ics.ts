import { createEvents, type DateArray, type EventAttributes } from "ics";
import type { DatasetIndex } from "../../data/dataset-index";
import { eventTypeLabel } from "../../data/event-type-labels";
import { spanOf } from "../../shared/dates";
import type { IndexEvent } from "../../shared/schema";
import { eventPermalink } from "../../url/permalink";
import { sourceLines } from "./event-rows";

const dayArray = (date: Date): DateArray => [
  date.getUTCFullYear(),
  date.getUTCMonth() + 1,
  date.getUTCDate(),
];
const nextDay = (date: Date) => new Date(date.getTime() + 86_400_000);

/**
 * All-day calendar entries. A month- or year-precision event covers its whole month or year
 * and is marked tentative, as is a planned one; undated events have no place in a calendar
 * and are left out (the caller says how many).
 */
export function calendarEntry(
  event: IndexEvent,
  index: DatasetIndex,
  base: string,
): EventAttributes | null {
  const span = event.start === null ? null : spanOf(event.start);
  if (!span) return null;
  const endSpan = event.end ? spanOf(event.end) : null;
  const last = endSpan && endSpan.to > span.to ? endSpan.to : span.to;
  const permalink = eventPermalink(event.id, base);
  const tentative = event.precision !== "day" || event.status === "planned";
  const notes = [
    event.precision === "month" ? "Date known to the month only." : "",
    event.precision === "year" ? "Date known to the year only." : "",
    event.status === "planned" ? "Planned at the time of reporting." : "",
  ].filter(Boolean);
  return {
    uid: `${event.id}@news-timeline`,
    title: event.title,
    start: dayArray(span.from),
    end: dayArray(nextDay(last)),
    description: [...notes, "Sources:", ...sourceLines(event, index), permalink].join("\n"),
    url: permalink,
    ...(event.location ? { location: event.location } : {}),
    categories: [eventTypeLabel(event.type)],
    status: tentative ? "TENTATIVE" : "CONFIRMED",
  };
}

export function eventsToIcs(
  events: IndexEvent[],
  index: DatasetIndex,
  base: string,
  calendarName: string,
): { ics: string; undated: number } {
  const entries = events.flatMap((e) => {
    const entry = calendarEntry(e, index, base);
    return entry ? [entry] : [];
  });
  const { error, value } = createEvents(entries, {
    productId: "news-timeline",
    calName: calendarName,
  });
  if (error || !value) throw error ?? new Error("The calendar could not be written.");
  return { ics: value, undated: events.length - entries.length };
}
