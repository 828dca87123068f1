import { eventIdBase } from "../event-id";
import type { Article } from "./article";
import type { Dataset } from "./dataset";
import type { IndexEvent, IndexSource } from "./event";
import type { IndexFileColumns } from "./index-columns";

// The index's columns read back as the contract's records (`Dataset`): each event's sources
// are its run of source rows, positions become ids, and a null id is its date and title's.
export function datasetOfIndexFile(file: IndexFileColumns): Dataset {
  const { events: columns, sources, articles: articleColumns, entities, ...rest } = file;
  const articles = articleColumns.id.map((id, i): Article => ({
    id,
    file: articleColumns.file[i] ?? "",
    title: articleColumns.title[i] ?? "",
    published: articleColumns.published[i] ?? null,
    publishedFrom: articleColumns.publishedFrom[i] ?? null,
    source: articleColumns.source[i] ?? null,
    dateline: articleColumns.dateline[i] ?? null,
    warnings: articleColumns.warnings[i] ?? [],
    body: articleColumns.body[i] ?? "",
    paragraphCount: articleColumns.paragraphCount[i] ?? 0,
  }));
  const entityId = (at: number) => entities[at]?.id ?? "";
  let next = 0;
  const events = columns.id.map((id, i): IndexEvent => {
    const count = columns.sources[i] ?? 0;
    const eventSources: IndexSource[] = [];
    for (const end = next + count; next < end; next++)
      eventSources.push({
        articleId: articleColumns.id[sources.articleId[next] ?? 0] ?? "",
        paragraph: sources.paragraph[next] ?? 0,
      });
    const disagreements = columns.disagreements[i];
    const title = columns.title[i] ?? "";
    const start = columns.start[i] ?? null;
    return {
      id: id ?? eventIdBase(start, title),
      title,
      type: columns.type[i] ?? "other",
      start,
      end: columns.end[i] ?? null,
      precision: columns.precision[i] ?? "unknown",
      location: columns.location[i] ?? null,
      participants: (columns.participants[i] ?? []).map(entityId),
      entities: (columns.entities[i] ?? []).map(entityId),
      sources: eventSources,
      status: columns.status[i] ?? "happened",
      dateBasis: columns.dateBasis[i] ?? null,
      dateText: columns.dateText[i] ?? null,
      ...(disagreements && { disagreements }),
    };
  });
  return { ...rest, articles, entities, events };
}
