import type { SentenceInfo } from "./sentence-context";

// Where an event is told: the sentence, by article, paragraph and offsets.
export function sourceOf(s: SentenceInfo, articleId: string) {
  return { articleId, quote: s.text, paragraph: s.paragraph, start: s.start, end: s.end };
}
