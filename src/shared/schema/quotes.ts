import * as z from "zod";
import type { EventSource, IndexEvent, TimelineEvent } from "./event";
import { fastColumn, isPosition, isText, orNull, positionsJson, textJson } from "./fast-column";
import { DATASET_VERSION } from "./version";

/**
 * The quotes file (version 4): the columns of the index's `sources` table that only the event
 * detail, citations, exports and search read — each source's quote and its offsets in the
 * paragraph — kept apart so the first load does not carry them. Row i is source row i of the
 * index (events in order, each event's sources consecutive).
 */
const offsetJson = { anyOf: [positionsJson.items, { type: "null" }] };
export const quotesFileSchema = z.object({
  version: z.literal(DATASET_VERSION),
  sources: z.object({
    quote: fastColumn(z.string(), isText, textJson),
    start: fastColumn(z.number().int().nonnegative().nullable(), orNull(isPosition), offsetJson),
    end: fastColumn(z.number().int().nonnegative().nullable(), orNull(isPosition), offsetJson),
  }),
});

export type QuotesFile = z.infer<typeof quotesFileSchema>;

/** The quotes files an index names, read in its order, as one: rows append. */
export function joinQuoteFiles(files: readonly QuotesFile[]): QuotesFile {
  return {
    version: DATASET_VERSION,
    sources: {
      quote: files.flatMap((f) => f.sources.quote),
      start: files.flatMap((f) => f.sources.start),
      end: files.flatMap((f) => f.sources.end),
    },
  };
}

/** What the quotes file adds to one source. */
export type StatedSource = Pick<EventSource, "quote" | "start" | "end">;
/** Each event's stated sources, in the order of its sources, by event id. */
export type EventQuotes = ReadonlyMap<string, readonly StatedSource[]>;

/**
 * The quotes file read against the index that names it: one row per source of the index, or
 * an error message saying why it does not belong to this index.
 */
export function quotesOfIndex(
  file: QuotesFile,
  events: readonly IndexEvent[],
): EventQuotes | string {
  const rows = events.reduce((sum, e) => sum + e.sources.length, 0);
  const { quote, start, end } = file.sources;
  for (const [name, values] of Object.entries(file.sources))
    if (values.length !== rows)
      return `sources.${name} has ${values.length} values; the index has ${rows} sources`;
  const byEvent = new Map<string, readonly StatedSource[]>();
  let next = 0;
  for (const event of events) {
    const own = event.sources.map((): StatedSource => {
      const at = next++;
      const from = start[at];
      const to = end[at];
      return {
        quote: quote[at] ?? "",
        ...(from != null && { start: from }),
        ...(to != null && { end: to }),
      };
    });
    byEvent.set(event.id, own);
  }
  return byEvent;
}

/** An index event with its sources' quotes back: the contract's record. */
export function withQuotes(event: IndexEvent, quotes: EventQuotes): TimelineEvent {
  const own = quotes.get(event.id);
  return {
    ...event,
    sources: event.sources.map((source, i) => ({ ...source, quote: "", ...own?.[i] })),
  };
}
