import { datasetSchema, DATASET_VERSION, type Dataset } from "../../../src/shared/schema";

/** The index, and the files it names (served beside it). */
export type LargeDataset = { index: Dataset; files: Map<string, string> };

// A dataset of a few thousand events, written here rather than built by the CLI so the spec
// stays quick: what the timeline does with many events does not depend on how they were found.
const types = ["talks", "visit", "phone-call", "summit", "exercise"] as const;
const DAY = 86_400_000;

/** `count` events over eight years, from a seeded generator (the same dataset every run). */
export function largeDataset(count: number): LargeDataset {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const from = Date.UTC(2016, 0, 1);
  const events = Array.from({ length: count }, (_, i) => {
    const day = new Date(from + Math.floor(next() * 8 * 365) * DAY).toISOString().slice(0, 10);
    const type = types[Math.floor(next() * types.length)] ?? "talks";
    const precise = next() > 0.15;
    const start = precise ? day : day.slice(0, 7);
    return {
      id: `${start}-event-${i}`,
      title: `Event ${i}: delegation talks on cooperation`,
      type,
      start,
      end: null,
      precision: precise ? ("day" as const) : ("month" as const),
      location: null,
      participants: [],
      entities: [],
      sources: [{ articleId: "a1", paragraph: 0 }],
      status: "happened" as const,
    };
  });
  const dataset = {
    version: DATASET_VERSION,
    articles: [
      {
        id: "a1",
        file: "a1.txt",
        title: "Delegations met",
        published: "2024-01-02",
        publishedFrom: "text" as const,
        source: "Wire",
        body: "articles/a1.json",
        paragraphCount: 1,
      },
    ],
    entities: [],
    events,
    schema: "timeline.schema.json",
    quotes: ["quotes.json"],
    fullText: ["full-text.json"],
  };
  const text = "Delegations met.";
  const files = new Map([
    [
      "articles/a1.json",
      JSON.stringify({
        version: DATASET_VERSION,
        articleId: "a1",
        paragraphs: [text],
        mentions: [],
      }),
    ],
    [
      "full-text.json",
      JSON.stringify({ version: DATASET_VERSION, articles: [{ id: "a1", text }] }),
    ],
    ["timeline.schema.json", "{}"],
    [
      "quotes.json",
      JSON.stringify({
        version: DATASET_VERSION,
        sources: {
          quote: events.map(() => text),
          start: events.map(() => 0),
          end: events.map(() => text.length),
        },
      }),
    ],
  ]);
  return { index: datasetSchema.parse(dataset), files };
}
