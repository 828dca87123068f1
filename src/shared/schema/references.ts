import type * as z from "zod";
import type { Entity } from "./entity";
import type { IndexEvent, Precision } from "./event";

// Cross-record rules a JSON Schema cannot express: ids resolve, offsets fall inside text,
// precision agrees with the date's shape.
export function checkReferences<A extends { id: string }>(
  data: { articles: A[]; entities: Entity[]; events: IndexEvent[] },
  ctx: z.RefinementCtx,
  hasParagraph: (article: A, paragraph: number) => boolean,
): void {
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const entityIds = new Set(data.entities.map((e) => e.id));
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path, message });
  // Ids are what links and references point at: a repeated one would make them ambiguous.
  const repeated = (ids: string[]) => {
    const seen = new Set<string>();
    return ids.find((id) => seen.size === seen.add(id).size);
  };
  for (const key of ["articles", "entities", "events"] as const) {
    const id = repeated(data[key].map((record) => record.id));
    if (id !== undefined) issue([key], `id ${id} is used twice`);
  }
  // Plain loops without per-event lists or sets: this runs over every event on each load.
  data.events.forEach((event, ei) => {
    const expected = precisionOfStart(event.start);
    if (event.precision !== expected)
      issue(
        ["events", ei, "precision"],
        `precision ${event.precision} does not match start ${event.start}`,
      );
    for (const id of event.participants)
      if (!entityIds.has(id)) issue(["events", ei], `unknown entity ${id}`);
    for (const id of event.entities)
      if (!entityIds.has(id)) issue(["events", ei], `unknown entity ${id}`);
    event.sources.forEach((s, si) => {
      const article = articles.get(s.articleId);
      if (!article) issue(["events", ei, "sources", si], `unknown article ${s.articleId}`);
      else if (!hasParagraph(article, s.paragraph))
        issue(["events", ei, "sources", si], "source paragraph out of range");
    });
    if (!event.disagreements) return;
    const sourceIds = new Set(event.sources.map((s) => s.articleId));
    checkDisagreements(event.disagreements, ei, sourceIds, entityIds, issue);
  });
}

// The start is YYYY, YYYY-MM or YYYY-MM-DD (checked by its schema): its length says which.
export function precisionOfStart(start: string | null): Precision {
  if (start === null) return "unknown";
  return start.length === 4 ? "year" : start.length === 7 ? "month" : "day";
}

/** Each claim of an event's disagreements names sources of that event and, for participants,
 * known entities. */
export function checkDisagreements(
  disagreements: NonNullable<IndexEvent["disagreements"]>,
  ei: number,
  sourceIds: ReadonlySet<string>,
  entityIds: ReadonlySet<string>,
  issue: (path: (string | number)[], message: string) => void,
): void {
  disagreements.forEach((d, di) => {
    const at = (ci: number) => ["events", ei, "disagreements", di, "claims", ci];
    d.claims.forEach((claim, ci) => {
      for (const id of claim.articleIds)
        if (!sourceIds.has(id)) issue(at(ci), `article ${id} is not a source of the event`);
    });
    if (d.field === "participants")
      d.claims.forEach((claim, ci) => {
        for (const id of claim.value) if (!entityIds.has(id)) issue(at(ci), `unknown entity ${id}`);
      });
  });
}
