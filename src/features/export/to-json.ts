import type { QueryClient } from "@tanstack/react-query";
import { articleBodyQuery, eventQuotesQuery } from "../../data/dataset-query";
import type { DatasetIndex } from "../../data/dataset-index";
import { withQuotes, type Article, type BuiltDataset, type IndexEvent } from "../../shared/schema";

/**
 * The filtered events as a dataset of their own, in one file: the events, the articles they
 * cite with their text (read through articleBodyQuery) and every entity those refer to, in
 * the shape the build assembles before it splits index and bodies (builtDatasetSchema), the
 * sources' quotes read through eventQuotesQuery.
 */
export async function eventsToDataset(
  events: IndexEvent[],
  index: DatasetIndex,
  client: QueryClient,
): Promise<BuiltDataset> {
  const quotes = await client.fetchQuery(eventQuotesQuery);
  const articleIds = [...new Set(events.flatMap((e) => e.sources.map((s) => s.articleId)))];
  const articles = await Promise.all(
    articleIds.flatMap((id) => {
      const article = index.articlesById.get(id);
      if (!article) return [];
      const meta = withoutBodyFields(article);
      return [
        client.fetchQuery(articleBodyQuery(id)).then((body) => ({
          ...meta,
          paragraphs: body?.paragraphs ?? [],
          mentions: body?.mentions ?? [],
        })),
      ];
    }),
  );
  const entityIds = new Set([
    ...events.flatMap((e) => [...e.participants, ...e.entities]),
    ...articles.flatMap((a) => a.mentions.map((m) => m.entityId)),
  ]);
  const { title } = index.dataset;
  return {
    version: index.dataset.version,
    ...(title ? { title } : {}),
    articles,
    entities: index.dataset.entities.filter((e) => entityIds.has(e.id)),
    events: events.map((e) => withQuotes(e, quotes)),
  };
}

// The export is one file: the index's pointers to body files mean nothing in it.
function withoutBodyFields({ body: _body, paragraphCount: _count, ...meta }: Article) {
  return meta;
}
