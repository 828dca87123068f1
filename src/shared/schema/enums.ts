// The values the contract's enumerated fields take (CONTRACT.md, plus the additions noted).
export const entityKinds = [
  "person",
  "organization",
  "place",
  "country",
  "programme",
  "exercise",
  "other",
] as const;
export const eventTypes = [
  "summit",
  "ministerial-meeting",
  "commission-meeting",
  "working-group-meeting",
  "visit",
  "talks",
  "phone-call",
  "exercise",
  "agreement",
  "declaration",
  "other",
] as const;
export const precisions = ["year", "month", "day", "unknown"] as const;
// Whether the articles report the event as held or as scheduled at the time they were written.
export const eventStatuses = ["happened", "planned"] as const;
export const publishedFromValues = ["text", "inferred", "editor"] as const;
// How an event's date was fixed: read as written, year or weekday worked out from the
// publication date, a vague phrase ("earlier this month"), or supplied by the editor's file.
export const dateBases = [
  "stated",
  "year-inferred",
  "weekday-inferred",
  "vague",
  "editor",
  // Taken from the story's context: the day it reports on, or the event it was part of.
  "context",
] as const;
