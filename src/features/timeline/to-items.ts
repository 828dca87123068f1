import type { DatasetIndex } from "../../data/dataset-index";
import { dayBoundsOf } from "../../shared/dates";
import type { IndexEvent } from "../../shared/schema";
import type { GroupBy } from "../../url/view-state";
import { describeEventDate, shortEventDate } from "../events/date-description";
import { disagreementNote, hasDisagreements } from "../events/disagreements";
import { describeStatus, isPlanned } from "../events/event-status";
import { eventTypeLabel } from "../filters/facet-labels";
import { escapeHtml } from "./escape-html";

/** One event on one row: where it lies, in ms. Cheap to make for every filtered event. */
export type TimelineEntry = {
  /** vis's id: the event's, or event and row when an event has several rows. */
  id: string;
  event: IndexEvent;
  group: string;
  start: number;
  /** End of the last day covered (exclusive); null for a one-day point. */
  end: number | null;
};

/** What vis-timeline is given for one drawn item: an event, or a summary of several. */
export type TimelineItemSpec = {
  id: string;
  /** Null for a summary item. */
  eventId: string | null;
  group: string;
  start: Date;
  end?: Date;
  type: "point" | "range";
  className: string;
  /** HTML for vis-timeline, built only from escaped text. */
  content: string;
  /** Tooltip HTML, built only from escaped text. */
  title: string;
};
export type TimelineGroupSpec = { id: string; content: string; order: number };
export type TimelineModel = {
  /** Dated entries, by start then id. */
  entries: TimelineEntry[];
  groups: TimelineGroupSpec[];
  undated: IndexEvent[];
};

const noCountry = "No country named";
const otherCountries = "Other countries";
/** Rows by country: the countries with most events each get one, the rest share a row. */
export const countryRows = 12;
const DAY_MS = 86_400_000;

type Placement = { start: number; end: number | null };

// Each event's entry on its type's row, which holds where it lies (null when undated): made
// once per event and reused by every filter and grouping. One lookup per event, as a search
// matching most of 50,000 events pays it for each.
const typeEntries = new WeakMap<IndexEvent, TimelineEntry | null>();

function typeEntry(event: IndexEvent): TimelineEntry | null {
  let entry = typeEntries.get(event);
  if (entry === undefined) {
    const placed = place(event);
    entry = placed && { id: event.id, event, group: event.type, ...placed };
    typeEntries.set(event, entry);
  }
  return entry;
}

function place(event: IndexEvent): Placement | null {
  if (event.start === null) return null;
  const span = dayBoundsOf(event.start);
  if (!span) return null;
  const endSpan = event.end ? dayBoundsOf(event.end) : null;
  const last = endSpan && endSpan.last > span.last ? endSpan.last : span.last;
  // A "YYYY-MM-DD" string parses as that day's UTC midnight.
  const start = Date.parse(span.first);
  if (event.precision === "day" && last === span.first) return { start, end: null };
  // Ranges end at the close of their last day, so a month covers all of it.
  return { start, end: Date.parse(last) + DAY_MS };
}

/** Pure mapping from events to timeline entries; undated events are returned apart, never placed. */
export function toTimelineModel(
  events: IndexEvent[],
  groupBy: GroupBy,
  index: DatasetIndex,
): TimelineModel {
  const entries: TimelineEntry[] = [];
  const undated: IndexEvent[] = [];
  const rowsOf = groupBy === "type" ? typeRow : countryRowsFor(events, index);
  const groupNames = new Map<string, string>();
  for (const event of events) {
    const own = typeEntry(event);
    if (!own) {
      undated.push(event);
      continue;
    }
    if (groupBy === "type") {
      if (!groupNames.has(event.type)) groupNames.set(event.type, eventTypeLabel(event.type));
      entries.push(own);
      continue;
    }
    const { start, end } = own;
    for (const [group, name] of rowsOf(event)) {
      groupNames.set(group, name);
      entries.push({ id: `${event.id}\u241f${group}`, event, group, start, end });
    }
  }
  // The dataset's events come in date order already (see dataset-index.ts): sort only if not.
  if (!inStartOrder(entries)) entries.sort((a, b) => a.start - b.start);
  const last = [noCountry, otherCountries];
  const groups = [...groupNames]
    .sort(
      ([a, an], [b, bn]) =>
        last.indexOf(a) - last.indexOf(b) || (last.includes(a) ? 0 : an.localeCompare(bn)),
    )
    .map(([id, name], order) => ({ id, content: escapeHtml(name), order }));
  return { entries, groups, undated };
}

function inStartOrder(entries: TimelineEntry[]): boolean {
  for (let i = 1; i < entries.length; i++)
    if ((entries[i]?.start ?? 0) < (entries[i - 1]?.start ?? 0)) return false;
  return true;
}

function typeRow(event: IndexEvent): [string, string][] {
  return [[event.type, eventTypeLabel(event.type)]];
}

/**
 * One row per country the event involves, among the `countryRows` countries with most events
 * shown; an event involving only others goes to one shared row, so rows stay few and legible.
 */
function countryRowsFor(events: IndexEvent[], index: DatasetIndex) {
  const countriesOf = (event: IndexEvent): readonly string[] =>
    index.facetsByEvent.get(event.id)?.countries ?? [];
  const counts = new Map<string, number>();
  for (const event of events)
    for (const country of countriesOf(event)) counts.set(country, (counts.get(country) ?? 0) + 1);
  const top = new Set(
    [...counts]
      .sort(([a, an], [b, bn]) => bn - an || a.localeCompare(b))
      .slice(0, countryRows)
      .map(([country]) => country),
  );
  return (event: IndexEvent): [string, string][] => {
    const countries = countriesOf(event);
    if (countries.length === 0) return [[noCountry, noCountry]];
    const rows = countries.filter((c) => top.has(c)).map((c): [string, string] => [c, c]);
    if (rows.length < countries.length) rows.push([otherCountries, otherCountries]);
    return rows;
  };
}

type EventHtml = { className: string; content: string; title: string };
const htmlCache = new WeakMap<IndexEvent, EventHtml>();

/** vis's item for an entry; its HTML is made once per event, and only for drawn ones. */
export function entrySpec(entry: TimelineEntry, index: DatasetIndex): TimelineItemSpec {
  const { event } = entry;
  let html = htmlCache.get(event);
  if (!html) {
    html = {
      className: itemClasses(event),
      content: itemContent(event),
      title: tooltip(event, index),
    };
    htmlCache.set(event, html);
  }
  return {
    id: entry.id,
    eventId: event.id,
    group: entry.group,
    start: new Date(entry.start),
    ...(entry.end === null
      ? { type: "point" as const }
      : { type: "range" as const, end: new Date(entry.end) }),
    ...html,
  };
}

function itemClasses(event: IndexEvent): string {
  const classes = ["event-item", `type-${event.type}`];
  if (event.precision !== "day") classes.push("uncertain", `precision-${event.precision}`);
  if (isPlanned(event)) classes.push("planned");
  if (hasDisagreements(event)) classes.push("sources-differ");
  return classes.join(" ");
}

function itemDate(event: IndexEvent): string {
  return event.precision === "day" ? "" : shortEventDate(event);
}

// The label is one inline box (capped in width, ellipsised) so vis measures what is drawn.
function itemContent(event: IndexEvent): string {
  const date = itemDate(event);
  const status = isPlanned(event) ? `<span class="item-status">Planned</span> ` : "";
  const prefix = date ? `<span class="item-date">${escapeHtml(date)}</span> ` : "";
  return `<span class="item-label">${status}${prefix}${escapeHtml(event.title)}</span>`;
}

function tooltip(event: IndexEvent, index: DatasetIndex): string {
  const people = event.participants.map((id) => index.entitiesById.get(id)?.name ?? id);
  return [
    event.title,
    describeEventDate(event),
    isPlanned(event) ? describeStatus(event) : "",
    eventTypeLabel(event.type) + (event.location ? ` — ${event.location}` : ""),
    people.length ? people.join(", ") : "",
    disagreementNote(event) ?? "",
  ]
    .filter(Boolean)
    .map(escapeHtml)
    .join("<br>");
}
