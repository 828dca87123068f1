import type { BuiltDataset, TimelineEvent } from "../../../src/shared/schema";

// What the specs look for, chosen from whichever dataset the build produced, so the specs
// follow the extractor instead of hard-coding today's answers. Worked out independently of
// the app's own facet code: agreement between the two is what the specs check.

export function yearOf(event: TimelineEvent): number | null {
  return event.start === null ? null : Number(event.start.slice(0, 4));
}

export function officialsOf(dataset: BuiltDataset, event: TimelineEvent): string[] {
  const persons = new Set(dataset.entities.filter((e) => e.kind === "person").map((e) => e.id));
  return [...new Set([...event.participants, ...event.entities])].filter((id) => persons.has(id));
}

function mostSelective<T>(candidates: Map<T, TimelineEvent[]>, total: number) {
  // Prefer a value that keeps more than one event but not all of them.
  const ranked = [...candidates].sort(([, a], [, b]) => score(b.length) - score(a.length));
  function score(n: number) {
    return n === total ? 0 : n >= 2 ? 100 - n : n;
  }
  const best = ranked[0];
  return best ? { value: best[0], events: best[1] } : null;
}

export function pickOfficial(dataset: BuiltDataset) {
  const byOfficial = new Map<string, TimelineEvent[]>();
  for (const event of dataset.events)
    for (const id of officialsOf(dataset, event))
      byOfficial.set(id, [...(byOfficial.get(id) ?? []), event]);
  const pick = mostSelective(byOfficial, dataset.events.length);
  if (!pick) throw new Error("the dataset has no event with a named official");
  const entity = dataset.entities.find((e) => e.id === pick.value);
  return { id: pick.value, name: entity?.name ?? pick.value, events: pick.events };
}

export function pickYear(dataset: BuiltDataset) {
  const byYear = new Map<number, TimelineEvent[]>();
  for (const event of dataset.events) {
    const year = yearOf(event);
    if (year !== null) byYear.set(year, [...(byYear.get(year) ?? []), event]);
  }
  const pick = mostSelective(byYear, dataset.events.length);
  if (!pick) throw new Error("the dataset has no dated event");
  return { year: pick.value, events: pick.events };
}

/** Dated events with a source quote that can be found in its article. */
export function quotedEvents(dataset: BuiltDataset): TimelineEvent[] {
  return dataset.events.filter(
    (e) =>
      e.start !== null &&
      e.sources.some((s) => {
        const article = dataset.articles.find((a) => a.id === s.articleId);
        return s.quote.length > 0 && (article?.paragraphs[s.paragraph] ?? "").includes(s.quote);
      }),
  );
}

/** The quoted event best suited to the compare view: several articles, else named officials. */
export function pickQuotedEvent(dataset: BuiltDataset, preferArticles = 2): TimelineEvent {
  const quoted = quotedEvents(dataset);
  const event =
    quoted.find((e) => new Set(e.sources.map((s) => s.articleId)).size >= preferArticles) ??
    quoted.find((e) => e.participants.length > 0) ??
    quoted[0];
  if (!event) throw new Error("the dataset has no dated event whose quote is in its article");
  return event;
}

export function articleTitle(dataset: BuiltDataset, articleId: string): string {
  return dataset.articles.find((a) => a.id === articleId)?.title ?? articleId;
}
