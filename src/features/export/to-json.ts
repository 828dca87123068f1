import type { QueryClient } from "@tanstack/react-query";
import { articleBodyQuery } from "../../data/dataset-query";
import type { DatasetIndex } from "../../data/dataset-index";
import type { Dataset, TimelineEvent } from "../../shared/schema";

/**
 * The filtered events as a dataset of their own, in the dataset's shapes: the events, the
 * articles they cite (with text, read through articleBodyQuery) and every entity those
 * refer to. It validates against the same schema as the full dataset.
 */
export async function eventsToDataset(
  events: TimelineEvent[],
  index: DatasetIndex,
  client: QueryClient,
): Promise<Dataset> {
  const articleIds = [...new Set(events.flatMap((e) => e.sources.map((s) => s.articleId)))];
  const articles = await Promise.all(
    articleIds.flatMap((id) => {
      const article = index.articlesById.get(id);
      if (!article) return [];
      return [
        client
          .fetchQuery(articleBodyQuery(id))
          .then((body) => ({ ...article, ...(body ?? { paragraphs: [], mentions: [] }) })),
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
    events,
  };
}
