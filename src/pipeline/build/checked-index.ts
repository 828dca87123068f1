// The index checked with the app's schema, row by row where rows are new: its rows are cut
// into runs (build/shard-rows.ts), and a run whose exact content an earlier build of the same
// code checked (`known`, by a hash of its JSON) is not checked again; every other run is
// checked with the index's own rules for rows. The rules between rows (lengths, positions,
// unique ids, references) then run over the whole index, as `indexFileSchema` would: a row
// that passes now or passed in the build that published it, and a whole that passes now, is
// what `indexFileSchema` accepts. Pure.

import * as z from "zod";
import {
  articleColumnsSchema,
  entitySchema,
  eventColumnsSchema,
  indexRowsSchema,
  indexTableRulesSchema,
  sourceColumnsSchema,
  type Dataset,
  type IndexFile,
} from "../../shared/schema";
import { runsOf } from "./shard-rows";
import { contentHash, FULL_TEXT_RUN, QUOTES_RUN } from "./split-dataset";

const ENTITY_RUN = 256;
const entityRows = z.array(entitySchema);
const heading = indexRowsSchema.pick({
  version: true,
  title: true,
  schema: true,
  quotes: true,
  fullText: true,
});

/**
 * `known`: whether a run with that key was checked before; `checked` is told the key of every
 * run of this index (checked now or before), for the next build. `eventIds`: the built events'
 * ids, where the event runs are cut (the index leaves most ids out; putting them back here
 * would be a third pass over every title). The cut only groups rows: every row is checked.
 */
export function checkedIndex(
  file: IndexFile,
  eventIds: readonly string[],
  known: (key: string) => boolean,
  checked: (key: string) => void,
): Dataset {
  const check = (table: string, rows: unknown, parse: (rows: unknown) => unknown) => {
    const key = `rows:${table}:${contentHash(JSON.stringify(rows))}`;
    if (!known(key)) parse(rows);
    checked(key);
  };
  heading.parse(file);
  const { articles, events, sources } = file;
  for (const [from, to] of spans(articles.id, FULL_TEXT_RUN))
    check("articles", slices(articles, from, to), (rows) => articleColumnsSchema.parse(rows));
  let row = 0;
  const counts = events.sources;
  for (const [from, to] of spans(eventIds, QUOTES_RUN)) {
    let rows = 0;
    for (let i = from; i < to; i++) rows += counts[i] ?? 0;
    const own = { events: slices(events, from, to), sources: slices(sources, row, row + rows) };
    row += rows;
    check("events", own, () => {
      eventColumnsSchema.parse(own.events);
      sourceColumnsSchema.parse(own.sources);
    });
  }
  const ids = file.entities.map((e) => e.id);
  for (const [from, to] of spans(ids, ENTITY_RUN))
    check("entities", file.entities.slice(from, to), (rows) => entityRows.parse(rows));
  return indexTableRulesSchema.parse(file);
}

// The runs' [from, to) positions. A column too short for its table shows as a shorter slice
// here, and the rules between rows report it.
function spans(ids: readonly string[], every: number): [number, number][] {
  let at = 0;
  return runsOf(ids, (id) => id, every).map((run) => [at, (at += run.length)]);
}

function slices<T extends Record<string, readonly unknown[]>>(
  columns: T,
  from: number,
  to: number,
) {
  return Object.fromEntries(
    Object.entries(columns).map(([name, values]) => [name, values.slice(from, to)]),
  );
}
