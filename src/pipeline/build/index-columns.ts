// The index's events (since version 3) and articles (since version 4) written column-wise
// (see indexFileSchema in shared/schema): one array per field, sources as consecutive rows,
// references as positions, and (since version 5) an event's id only where its date and title
// do not give it. Pure; the app's loader reads it back into the contract's records.

import { eventIdBase } from "../../shared/event-id";
import type { Dataset, IndexFile } from "../../shared/schema";

export function indexFileOf(dataset: Dataset): IndexFile {
  const articleAt = new Map(dataset.articles.map((a, i) => [a.id, i]));
  const entityAt = new Map(dataset.entities.map((e, i) => [e.id, i]));
  const positions = (ids: string[], at: Map<string, number>, what: string) =>
    ids.map((id) => {
      const position = at.get(id);
      if (position === undefined) throw new Error(`unknown ${what} ${id}`);
      return position;
    });
  const { events, articles, ...rest } = dataset;
  const sources = events.flatMap((e) => e.sources);
  return {
    ...rest,
    articles: {
      id: articles.map((a) => a.id),
      file: articles.map((a) => a.file),
      title: articles.map((a) => a.title),
      published: articles.map((a) => a.published),
      publishedFrom: articles.map((a) => a.publishedFrom),
      source: articles.map((a) => a.source),
      dateline: articles.map((a) => a.dateline ?? null),
      warnings: articles.map((a) => a.warnings ?? []),
      body: articles.map((a) => a.body),
      paragraphCount: articles.map((a) => a.paragraphCount),
    },
    events: {
      id: events.map((e) => (e.id === eventIdBase(e.start, e.title) ? null : e.id)),
      title: events.map((e) => e.title),
      type: events.map((e) => e.type),
      start: events.map((e) => e.start),
      end: events.map((e) => e.end),
      precision: events.map((e) => e.precision),
      location: events.map((e) => e.location),
      participants: events.map((e) => positions(e.participants, entityAt, "entity")),
      entities: events.map((e) => positions(e.entities, entityAt, "entity")),
      sources: events.map((e) => e.sources.length),
      status: events.map((e) => e.status),
      dateBasis: events.map((e) => e.dateBasis ?? null),
      dateText: events.map((e) => e.dateText ?? null),
      disagreements: events.map((e) => e.disagreements ?? null),
    },
    sources: {
      articleId: positions(
        sources.map((s) => s.articleId),
        articleAt,
        "article",
      ),
      paragraph: sources.map((s) => s.paragraph),
    },
  };
}
