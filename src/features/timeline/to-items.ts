import type { DatasetIndex } from "../../data/dataset-index";
import { spanOf } from "../../shared/dates";
import type { TimelineEvent } from "../../shared/schema";
import type { GroupBy } from "../../url/view-state";
import { describeEventDate, shortEventDate } from "../events/date-description";
import { describeStatus, isPlanned } from "../events/event-status";
import { eventTypeLabel } from "../filters/facet-labels";
import { escapeHtml } from "./escape-html";

export type TimelineItemSpec = {
  id: string;
  eventId: string;
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
  items: TimelineItemSpec[];
  groups: TimelineGroupSpec[];
  undated: TimelineEvent[];
};

const noCountry = "No country named";
const DAY_MS = 86_400_000;

/** Pure mapping from events to vis items; undated events are returned apart, never placed. */
export function toTimelineModel(
  events: TimelineEvent[],
  groupBy: GroupBy,
  index: DatasetIndex,
): TimelineModel {
  const items: TimelineItemSpec[] = [];
  const undated: TimelineEvent[] = [];
  const groupNames = new Map<string, string>();
  for (const event of events) {
    const placed = placement(event);
    if (!placed) {
      undated.push(event);
      continue;
    }
    for (const [groupId, groupName] of groupsOf(event, groupBy, index)) {
      groupNames.set(groupId, groupName);
      items.push({
        id: groupBy === "type" ? event.id : `${event.id}\u241f${groupId}`,
        eventId: event.id,
        group: groupId,
        ...placed,
        className: itemClasses(event),
        content: itemContent(event),
        title: tooltip(event, index),
      });
    }
  }
  const groups = [...groupNames]
    .sort(([a, an], [b, bn]) => (a === noCountry ? 1 : b === noCountry ? -1 : an.localeCompare(bn)))
    .map(([id, name], order) => ({ id, content: escapeHtml(name), order }));
  return { items, groups, undated };
}

function placement(event: TimelineEvent): Pick<TimelineItemSpec, "start" | "end" | "type"> | null {
  if (event.start === null) return null;
  const span = spanOf(event.start);
  if (!span) return null;
  const endSpan = event.end ? spanOf(event.end) : null;
  const last = endSpan && endSpan.to > span.to ? endSpan.to : span.to;
  if (event.precision === "day" && last.getTime() === span.from.getTime())
    return { start: span.from, type: "point" };
  // Ranges end at the close of their last day, so a month covers all of it.
  return { start: span.from, end: new Date(last.getTime() + DAY_MS), type: "range" };
}

function groupsOf(event: TimelineEvent, groupBy: GroupBy, index: DatasetIndex): [string, string][] {
  if (groupBy === "type") return [[event.type, eventTypeLabel(event.type)]];
  const countries = index.facetsByEvent.get(event.id)?.countries ?? [];
  return countries.length ? countries.map((c) => [c, c]) : [[noCountry, noCountry]];
}

function itemClasses(event: TimelineEvent): string {
  const classes = ["event-item", `type-${event.type}`];
  if (event.precision !== "day") classes.push("uncertain", `precision-${event.precision}`);
  if (isPlanned(event)) classes.push("planned");
  return classes.join(" ");
}

function itemDate(event: TimelineEvent): string {
  return event.precision === "day" ? "" : shortEventDate(event);
}

// The label is one inline box (capped in width, ellipsised) so vis measures what is drawn.
function itemContent(event: TimelineEvent): string {
  const date = itemDate(event);
  const status = isPlanned(event) ? `<span class="item-status">Planned</span> ` : "";
  const prefix = date ? `<span class="item-date">${escapeHtml(date)}</span> ` : "";
  return `<span class="item-label">${status}${prefix}${escapeHtml(event.title)}</span>`;
}

function tooltip(event: TimelineEvent, index: DatasetIndex): string {
  const people = event.participants.map((id) => index.entitiesById.get(id)?.name ?? id);
  return [
    event.title,
    describeEventDate(event),
    isPlanned(event) ? describeStatus(event) : "",
    eventTypeLabel(event.type) + (event.location ? ` — ${event.location}` : ""),
    people.length ? people.join(", ") : "",
  ]
    .filter(Boolean)
    .map(escapeHtml)
    .join("<br>");
}
