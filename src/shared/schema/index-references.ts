import type * as z from "zod";
import { eventIdBase } from "../event-id";
import type { IndexFileColumns } from "./index-columns";
import { checkDisagreements, precisionOfStart } from "./references";

// checkReferences' rules for the index's columns, as they read for the records
// datasetOfIndexFile makes of them (its defaults included), without making them. Only for
// columns without columnProblems: every length agrees and every position is inside its table.
export function checkIndexReferences(file: IndexFileColumns, ctx: z.RefinementCtx): void {
  const { articles, entities, events: columns, sources } = file;
  const articleAt = new Map(articles.id.map((id, i) => [id, i]));
  const entityIds = new Set(entities.map((e) => e.id));
  const entityId = (at: number) => entities[at]?.id ?? "";
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path, message });
  const repeated = (ids: readonly string[]) => {
    const seen = new Set<string>();
    return ids.find((id) => seen.size === seen.add(id).size);
  };
  const eventIds = columns.id.map(
    (id, i) => id ?? eventIdBase(columns.start[i] ?? null, columns.title[i] ?? ""),
  );
  const ids = { articles: articles.id, entities: entities.map((e) => e.id), events: eventIds };
  for (const key of ["articles", "entities", "events"] as const) {
    const id = repeated(ids[key]);
    if (id !== undefined) issue([key], `id ${id} is used twice`);
  }
  let next = 0;
  for (let ei = 0; ei < eventIds.length; ei++) {
    const start = columns.start[ei] ?? null;
    const precision = columns.precision[ei] ?? "unknown";
    const expected = precisionOfStart(start);
    if (precision !== expected)
      issue(["events", ei, "precision"], `precision ${precision} does not match start ${start}`);
    for (const at of columns.participants[ei] ?? []) {
      const id = entityId(at);
      if (!entityIds.has(id)) issue(["events", ei], `unknown entity ${id}`);
    }
    for (const at of columns.entities[ei] ?? []) {
      const id = entityId(at);
      if (!entityIds.has(id)) issue(["events", ei], `unknown entity ${id}`);
    }
    const count = columns.sources[ei] ?? 0;
    const first = next;
    for (let si = 0; si < count; si++, next++) {
      const articleId = articles.id[sources.articleId[next] ?? 0] ?? "";
      const paragraph = sources.paragraph[next] ?? 0;
      const at = articleAt.get(articleId);
      if (at === undefined) issue(["events", ei, "sources", si], `unknown article ${articleId}`);
      else if (!(paragraph < (articles.paragraphCount[at] ?? 0)))
        issue(["events", ei, "sources", si], "source paragraph out of range");
    }
    const disagreements = columns.disagreements[ei];
    if (!disagreements) continue;
    const sourceIds = new Set<string>();
    for (let row = first; row < next; row++)
      sourceIds.add(articles.id[sources.articleId[row] ?? 0] ?? "");
    checkDisagreements(disagreements, ei, sourceIds, entityIds, issue);
  }
}
