import { datasetSchema, type BuiltDataset, type Dataset } from "../../../src/shared/schema";

// Strings that would run code if any part of the page treated data as HTML, a URL or a template.
export const payloads = {
  img: "<img src=x onerror=alert(1)>",
  script: '"><script>window.__pwned=1</script>',
  js: "javascript:alert(1)",
  template: "{{constructor.constructor('window.__pwned=1')()}}",
} as const;

export const allPayloads: string[] = Object.values(payloads);

export function containsPayload(text: string | null | undefined): boolean {
  return text !== null && text !== undefined && allPayloads.some((p) => text.includes(p));
}

/** Field paths of the CLI-built dataset where a payload survived extraction. */
export function payloadCarriers(dataset: BuiltDataset): string[] {
  const found: string[] = [];
  for (const a of dataset.articles) {
    if (containsPayload(a.title)) found.push(`article ${a.id} title`);
    if (a.paragraphs.some(containsPayload)) found.push(`article ${a.id} body`);
  }
  for (const e of dataset.entities) if (containsPayload(e.name)) found.push(`entity ${e.id} name`);
  for (const ev of dataset.events) {
    if (containsPayload(ev.title)) found.push(`event ${ev.id} title`);
    if (containsPayload(ev.location)) found.push(`event ${ev.id} location`);
    if (ev.sources.some((s) => containsPayload(s.quote))) found.push(`event ${ev.id} quote`);
  }
  return found;
}

/**
 * The CLI's output with a payload also placed in every short text field the UI shows
 * (names, titles, places, outlets), so each surface is tested whatever the extractor kept.
 * Works on the index: article bodies are left alone (mention offsets point into them).
 */
export function withPayloadsEverywhere(dataset: Dataset): Dataset {
  const tag = (text: string, payload: string) =>
    containsPayload(text) ? text : `${text} ${payload}`;
  const seeded: Dataset = {
    ...dataset,
    articles: dataset.articles.map((a) => ({
      ...a,
      title: tag(a.title, payloads.script),
      source: tag(a.source ?? "Wire", payloads.js),
    })),
    entities: dataset.entities.map((e) => ({ ...e, name: tag(e.name, payloads.img) })),
    events: dataset.events.map((ev) => ({
      ...ev,
      title: tag(ev.title, payloads.img),
      location: tag(ev.location ?? "Somewhere", payloads.template),
    })),
  };
  return datasetSchema.parse(seeded);
}
