import type { DatasetIndex } from "../../data/dataset-index";
import type { Article, Entity, IndexEvent } from "../../shared/schema";

export type CoParticipant = { id: string; name: string; events: number };
export type OutletCount = { name: string; articles: number; events: number };

/** What the dataset holds on one official, all of it, whatever the filters. */
export type OfficialRecord = {
  official: Entity;
  /** Their events in date order, undated last. */
  events: IndexEvent[];
  /** Officials they took part in events with, most shared events first. */
  coParticipants: CoParticipant[];
  /** Outlets whose articles report their events, most articles first. */
  outlets: OutletCount[];
  /** Articles reporting their events; how many of them carry no outlet or no date. */
  reports: number;
  reportsWithoutOutlet: number;
  reportsWithoutDate: number;
  /** The earliest and latest published of those articles. */
  firstReport: Article | null;
  lastReport: Article | null;
};

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

/** Null when the dataset has no such person. */
export function officialRecord(index: DatasetIndex, officialId: string): OfficialRecord | null {
  const official = index.entitiesById.get(officialId);
  if (!official || official.kind !== "person") return null;
  const events: IndexEvent[] = [];
  // Positions come in the index's order: date order, undated last.
  index.postings.officials.get(officialId)?.forEach((position) => {
    const event = index.events[position];
    if (event) events.push(event);
  });
  const articles = new Map<string, Article>();
  const eventsPerOutlet = new Map<string, Set<string>>();
  const shared = new Map<string, number>();
  for (const event of events) {
    for (const other of index.facetsByEvent.get(event.id)?.officials ?? [])
      if (other !== officialId) shared.set(other, (shared.get(other) ?? 0) + 1);
    for (const { articleId } of event.sources) {
      const article = index.articlesById.get(articleId);
      if (!article) continue;
      articles.set(article.id, article);
      if (article.source)
        eventsPerOutlet.set(
          article.source,
          (eventsPerOutlet.get(article.source) ?? new Set()).add(event.id),
        );
    }
  }
  const reports = [...articles.values()];
  const dated = reports
    .filter((a) => a.published !== null)
    .sort((a, b) => byDay(a.published, b.published) || (a.id < b.id ? -1 : 1));
  return {
    official,
    events,
    coParticipants: [...shared]
      .map(([id, count]) => ({ id, name: index.entitiesById.get(id)?.name ?? id, events: count }))
      .sort((a, b) => b.events - a.events || collator.compare(a.name, b.name)),
    outlets: [...eventsPerOutlet]
      .map(([name, outletEvents]) => ({
        name,
        articles: reports.filter((a) => a.source === name).length,
        events: outletEvents.size,
      }))
      .sort(
        (a, b) =>
          b.articles - a.articles || b.events - a.events || collator.compare(a.name, b.name),
      ),
    reports: reports.length,
    reportsWithoutOutlet: reports.filter((a) => !a.source).length,
    reportsWithoutDate: reports.length - dated.length,
    firstReport: dated[0] ?? null,
    lastReport: dated.at(-1) ?? null,
  };
}

function byDay(a: string | null, b: string | null): number {
  return (a ?? "") < (b ?? "") ? -1 : (a ?? "") > (b ?? "") ? 1 : 0;
}
