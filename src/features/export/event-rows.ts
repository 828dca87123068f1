import type { DatasetIndex } from "../../data/dataset-index";
import { eventTypeLabel } from "../../data/event-type-labels";
import type { IndexEvent } from "../../shared/schema";
import { eventPermalink } from "../../url/permalink";
import { citedSources } from "../events/citation";

/** One event as a flat record: the columns of the CSV, in order. */
export type EventRow = {
  id: string;
  title: string;
  date: string;
  end: string;
  precision: string;
  status: string;
  type: string;
  location: string;
  participants: string;
  sources: string;
  permalink: string;
};

export const rowColumns: { key: keyof EventRow; header: string }[] = [
  { key: "id", header: "Event ID" },
  { key: "title", header: "Title" },
  { key: "date", header: "Date" },
  { key: "end", header: "End date" },
  { key: "precision", header: "Date precision" },
  { key: "status", header: "Status" },
  { key: "type", header: "Type" },
  { key: "location", header: "Location" },
  { key: "participants", header: "Participants" },
  { key: "sources", header: "Sources" },
  { key: "permalink", header: "Permalink" },
];

/** "Outlet, “Headline”, 2023-12-08", one per source article, for a cell or a description. */
export function sourceLines(event: IndexEvent, index: DatasetIndex): string[] {
  return citedSources(event, index.articlesById).map(({ article, articleId }) => {
    const outlet = article?.source ?? "outlet unknown";
    const published = article?.published ?? "date unknown";
    return `${outlet}, “${article?.title || articleId}”, ${published}`;
  });
}

export function eventRow(event: IndexEvent, index: DatasetIndex, base: string): EventRow {
  return {
    id: event.id,
    title: event.title,
    date: event.start ?? "",
    end: event.end ?? "",
    precision: event.precision,
    status: event.status,
    type: eventTypeLabel(event.type),
    location: event.location ?? "",
    participants: event.participants.map((id) => index.entitiesById.get(id)?.name ?? id).join("; "),
    sources: sourceLines(event, index).join(" | "),
    permalink: eventPermalink(event.id, base),
  };
}
