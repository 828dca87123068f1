// Inputs for stage tests: a read article built from paragraphs, and the events the entity and
// event stages find in it, without going through the reader.
import { expect } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";
import { findEntities } from "../../src/pipeline/find-entities";
import { findEvents } from "../../src/pipeline/find-events";
import { annotateArticle } from "../../src/pipeline/annotate/annotate-article";
import type { AnnotatedArticle } from "../../src/pipeline/types";

export type ArticleOptions = { id?: string; published?: string | null; dateline?: string | null };

export function readArticleOf(
  paragraphs: string[],
  { id = "a", published = "2024-05-10", dateline = null }: ArticleOptions = {},
): AnnotatedArticle {
  return annotateArticle({
    id,
    file: `${id}.txt`,
    title: "",
    source: null,
    dateline,
    published,
    publishedFrom: published ? "text" : null,
    paragraphs,
    warnings: [],
  });
}

export function eventsIn(article: AnnotatedArticle) {
  const { entities, mentionsByArticle } = findEntities([article]);
  return findEvents([article], mentionsByArticle, entities);
}

/** Each event's participants by name, from one article published on 2024-05-10. */
export function participantsOf(paragraphs: string[]): string[][] {
  const article = readArticleOf(paragraphs, { published: "2024-05-10" });
  const { entities, mentionsByArticle } = findEntities([article]);
  const name = new Map(entities.map((e) => [e.id, e.name]));
  return findEvents([article], mentionsByArticle, entities).map((e) =>
    e.participants.map((p) => name.get(p) ?? p),
  );
}

/** Built from one article: each event's type, start and participants by name (sorted). */
export function builtEvents(file: string, text: string) {
  const { dataset } = buildDataset([{ file, text }], undefined, { today: "2026-11-22" });
  const name = new Map(dataset.entities.map((e) => [e.id, e.name]));
  return dataset.events.map((e) => ({
    type: e.type,
    start: e.start,
    people: e.participants.map((p) => name.get(p) ?? p).sort(),
  }));
}

/** Like builtEvents, without the type. */
export function builtStarts(file: string, text: string) {
  return builtEvents(file, text).map(({ start, people }) => ({ start, people }));
}

/** A wire story written for a test: its headline, then a Valletta dateline of Wednesday 8 May
 * 2024 before the body's first paragraph. */
export function wireStory(headline: string, body: string): string {
  return `${headline}\n\nValletta, May 8, 2024 (Wire) - ${body}\n`;
}

/** A wire story headlined "Ministers meet" around one written body. */
export function ministersStory(body: string): string {
  return wireStory("Ministers meet", body);
}

/** The types of the events built from a "Ministers meet" wire story of `body`. */
export function eventTypesOf(body: string): string[] {
  return builtEvents("a.txt", ministersStory(body)).map((e) => e.type);
}

/** Built from a wire story of `headline` whose body is `paragraphs`: each event's type, start
 * and participants by name (sorted), as builtEvents gives them. */
export function storyEvents(file: string, headline: string, ...paragraphs: string[]) {
  return builtEvents(file, wireStory(headline, paragraphs.join("\n\n")));
}

/** Expects, body by body, the event types built from a "Ministers meet" story of each body. */
export function expectEventTypesOf(cases: [body: string, types: string[]][]): void {
  for (const [body, types] of cases) expect(eventTypesOf(body), body).toEqual(types);
}
