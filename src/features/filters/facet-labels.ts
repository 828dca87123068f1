import type { DatasetIndex } from "../../data/dataset-index";
import type { EventType } from "../../shared/schema";
import type { ListKey } from "../../url/view-state";

export const facetTitles: Record<ListKey, string> = {
  years: "Years",
  officials: "Officials",
  countries: "Countries",
  types: "Event types",
  organisations: "Organisations",
  places: "Places",
  programmes: "Programmes and exercises",
};

const typeLabels: Record<EventType, string> = {
  summit: "Summit",
  "ministerial-meeting": "Ministerial meeting",
  "commission-meeting": "Commission meeting",
  "working-group-meeting": "Working group meeting",
  visit: "Visit",
  talks: "Talks",
  "phone-call": "Phone call",
  exercise: "Exercise",
  agreement: "Agreement",
  declaration: "Declaration",
  other: "Other",
};

export function eventTypeLabel(type: EventType): string {
  return typeLabels[type];
}

/** Display name of a facet value: entity ids become names, type slugs become words. */
export function facetValueLabel(index: DatasetIndex, key: ListKey, value: string): string {
  if (key === "types") return typeLabels[value as EventType] ?? value;
  if (key === "officials" || key === "organisations" || key === "programmes")
    return index.entitiesById.get(value)?.name ?? value;
  return value;
}
