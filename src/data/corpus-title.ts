import type { DatasetIndex } from "./dataset-index";

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
  const given = index.dataset.title?.trim();
  if (given) return { title: given, basis: "editor" };
  const countries = [...index.postings.countries]
    .map(([name, events]) => ({ name, count: events.length }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, 2)
    .map((c) => c.name);
  if (countries.length === 0) return { title: "News timeline", basis: "none" };
  return { title: `${countries.join("–")} news timeline`, basis: "countries" };
}
