import type * as z from "zod";
import { eventIdBase } from "../event-id";
import type { IndexFileColumns } from "./index-columns";
import { checkDisagreements, precisionOfStart } from "./references";

// checkReferences' rules for the index's columns, as they read for the records
// datasetOfIndexFile makes of them (its defaults included), without making them. Only for
// columns without columnProblems: every length agrees and every position is inside its table.
export function checkIndexReferences(file: IndexFileColumns, ctx: z.RefinementCtx): void {
  const { articles, entities, events: columns, sources } = file;
  const entityIds = new Set(entities.map((e) => e.id));
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
    // Participants, entities and sources are positions inside their tables (columnProblems),
    // so each names a known entity or article: checkReferences' "unknown" rules cannot fail
    // here, and looking every one up again was a third of this check at 50,000 events.
    const count = columns.sources[ei] ?? 0;
    const first = next;
    for (let si = 0; si < count; si++, next++) {
      const at = sources.articleId[next] ?? 0;
      if (!((sources.paragraph[next] ?? 0) < (articles.paragraphCount[at] ?? 0)))
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
