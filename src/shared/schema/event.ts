import * as z from "zod";
import { disagreementSchema } from "./disagreements";
import { dateBases, eventStatuses, eventTypes, precisions } from "./enums";
import { isoDay, partialDate } from "./patterns";

export const eventSourceSchema = z.object({
  articleId: z.string().min(1),
  quote: z.string(),
  paragraph: z.number().int().nonnegative(),
  // Addition: character offsets of the quote inside paragraphs[paragraph], for highlighting.
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});

/**
 * A source as the index holds it: its article and paragraph. The quote and its offsets are
 * in the quotes file.
 */
export const indexSourceSchema = eventSourceSchema.omit({ quote: true, start: true, end: true });

export const eventSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  type: z.enum(eventTypes),
  start: partialDate.nullable(),
  end: isoDay.nullable(),
  precision: z.enum(precisions),
  location: z.string().nullable(),
  participants: z.array(z.string()),
  entities: z.array(z.string()),
  sources: z.array(eventSourceSchema).min(1),
  status: z.enum(eventStatuses),
  // Additions: how the date was fixed, and the words it was read from.
  dateBasis: z.enum(dateBases).nullable().optional(),
  dateText: z.string().nullable().optional(),
  disagreements: z.array(disagreementSchema).min(1).optional(),
});

/** An event as the index holds it: its sources without their quotes. */
export const indexEventSchema = eventSchema.extend({
  sources: z.array(indexSourceSchema).min(1),
});

export type TimelineEvent = z.infer<typeof eventSchema>;
export type EventType = TimelineEvent["type"];
export type EventSource = z.infer<typeof eventSourceSchema>;
export type IndexEvent = z.infer<typeof indexEventSchema>;
export type IndexSource = z.infer<typeof indexSourceSchema>;
export type Precision = TimelineEvent["precision"];
export type EventStatus = TimelineEvent["status"];
export type DateBasis = NonNullable<TimelineEvent["dateBasis"]>;
