import type { EntityKind, Mention } from "../../shared/schema";

export type Segment = {
  text: string;
  start: number;
  end: number;
  entityId: string | null;
  kind: EntityKind | null;
  /** Inside the sentence that states the selected event. */
  stating: boolean;
};

export type Range = { start: number; end: number };

/**
 * Cuts a paragraph at every mention and stating-sentence boundary. Mentions that overlap an
 * earlier one or fall outside the text are skipped rather than trusted.
 */
export function splitParagraph(
  text: string,
  mentions: Mention[],
  kindOf: (entityId: string) => EntityKind | undefined,
  stating: Range | null,
): Segment[] {
  const kept: Mention[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (m.start < m.end && m.end <= text.length && (!last || m.start >= last.end)) kept.push(m);
  }
  const sentence = stating && stating.start < stating.end ? clamp(stating, text.length) : null;
  const cuts = new Set([0, text.length, ...kept.flatMap((m) => [m.start, m.end])]);
  if (sentence) cuts.add(sentence.start).add(sentence.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    if (end <= start) continue;
    const mention = kept.find((m) => m.start <= start && end <= m.end);
    segments.push({
      text: text.slice(start, end),
      start,
      end,
      entityId: mention?.entityId ?? null,
      kind: mention ? (kindOf(mention.entityId) ?? "other") : null,
      stating: sentence !== null && sentence.start <= start && end <= sentence.end,
    });
  }
  return segments;
}

function clamp(range: Range, length: number): Range {
  return { start: Math.max(0, range.start), end: Math.min(length, range.end) };
}

/** Where a quote sits in its paragraph: the stored offsets when valid, else a text search. */
export function locateQuote(
  paragraph: string,
  source: { quote: string; start?: number | undefined; end?: number | undefined },
): Range | null {
  const { start, end, quote } = source;
  if (start !== undefined && end !== undefined && start < end && end <= paragraph.length)
    return { start, end };
  if (quote.trim() === "") return null;
  const at = paragraph.indexOf(quote);
  return at >= 0 ? { start: at, end: at + quote.length } : null;
}
