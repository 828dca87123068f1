import type { DatasetIndex } from "../../data/dataset-index";
import { labelDateRange } from "../../shared/dates";
import type { Disagreement, DisagreementField, IndexEvent } from "../../shared/schema";

// The build decides where an event's articles differ (events[].disagreements); these words
// say it the same way in the detail, the list and the timeline.

export const disagreementFieldNames: Record<DisagreementField, string> = {
  date: "date",
  location: "place",
  participants: "participants",
};

export function hasDisagreements(event: IndexEvent): boolean {
  return (event.disagreements?.length ?? 0) > 0;
}

/** "the date and place", or null when the articles agree. */
export function differingFields(event: IndexEvent): string | null {
  const names = (event.disagreements ?? []).map((d) => disagreementFieldNames[d.field]);
  if (names.length === 0) return null;
  const last = names.pop() ?? "";
  return `the ${names.length ? `${names.join(", ")} and ${last}` : last}`;
}

/** "Sources differ on the date and place": the mark's words in lists and tooltips. */
export function disagreementNote(event: IndexEvent): string | null {
  const fields = differingFields(event);
  return fields ? `Sources differ on ${fields}` : null;
}

/** One version as a reader reads it: "8–9 July 2024", "Santiago", "Carlos Vega, Luis Mora". */
export function claimLabels(disagreement: Disagreement, index: DatasetIndex): string[] {
  switch (disagreement.field) {
    case "date":
      return disagreement.claims.map((c) => {
        const [start = c.value, end = null] = c.value.split("/");
        return labelDateRange(start, end);
      });
    case "location":
      return disagreement.claims.map((c) => c.value);
    case "participants":
      return disagreement.claims.map((c) =>
        c.value.map((id) => index.entitiesById.get(id)?.name ?? id).join(", "),
      );
  }
}
