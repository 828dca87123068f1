import type { DatasetIndex } from "./dataset-index";
import { entityCountry } from "./facets/facet-readers";

export type CorpusTitle = {
  title: string;
  /** Where the name comes from, said to the reader: an inference is marked as one. */
  basis: "editor" | "countries" | "none";
};

/**
 * What the corpus is about: the editor's title when the editor's file gives one, else the
 * two countries most of its events involve ("India–Russia news timeline").
 */
export function corpusTitle(index: DatasetIndex): CorpusTitle {
  let title = titles.get(index);
  if (!title) titles.set(index, (title = titleOf(index)));
  return title;
}

// Read on every render of the heading and the export menu: worked out once per index.
const titles = new WeakMap<DatasetIndex, CorpusTitle>();

function titleOf(index: DatasetIndex): CorpusTitle {
  const given = index.dataset.title?.trim();
  if (given) return { title: given, basis: "editor" };
  // Counted here rather than read from the country facet's postings: the heading is part of
  // the first view, and the postings are built after it.
  // Each entity's country once (as the country facet reads it, eventCountries), then one
  // look-up per id of each event: at 50,000 events the facet's reader took 75 ms here.
  const countryOf = new Map<string, string>();
  for (const e of index.dataset.entities) {
    const name = entityCountry(e);
    if (name) countryOf.set(e.id, name);
  }
  const counts = new Map<string, number>();
  const named = new Set<string>();
  for (const event of index.events) {
    named.clear();
    for (const id of event.participants) addCountry(named, countryOf.get(id));
    for (const id of event.entities) addCountry(named, countryOf.get(id));
    for (const name of named) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const countries = [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, 2)
    .map((c) => c.name);
  if (countries.length === 0) return { title: "News timeline", basis: "none" };
  return { title: `${countries.join("–")} news timeline`, basis: "countries" };
}

function addCountry(named: Set<string>, name: string | undefined): void {
  if (name !== undefined) named.add(name);
}
