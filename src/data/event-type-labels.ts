import type { EventType } from "../shared/schema";

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

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(typeLabels, value);
}
