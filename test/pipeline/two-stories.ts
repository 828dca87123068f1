// Two stories built together, for tests of merging across articles: the events both tell.

import { buildDataset } from "../../src/pipeline/build-dataset";
import type { TimelineEvent } from "../../src/shared/schema";

/** A story's text: its title, then its paragraphs. */
export const story = (title: string, ...body: string[]) => `${title}\n\n${body.join("\n\n")}\n`;

/** The events with sources in both stories (files a.txt and b.txt), and entity names by id. */
export function eventsOfBoth(
  a: string,
  b: string,
): { events: TimelineEvent[]; nameOf: (id: string) => string | undefined } {
  const { dataset } = buildDataset(
    [
      { file: "a.txt", text: a },
      { file: "b.txt", text: b },
    ],
    undefined,
    { today: "2026-11-22" },
  );
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  return {
    events: dataset.events.filter((e) => new Set(e.sources.map((s) => s.articleId)).size > 1),
    nameOf: (id) => names.get(id),
  };
}
