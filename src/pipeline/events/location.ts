// Where a statement puts its event.

import type { EventType } from "../../shared/schema";
import type { SentenceInfo, SentenceMention } from "./sentence-context";
import type { ArticleContext } from "./types";

// Where: a place introduced by "in"/"at" inside the statement, "X's Y" venues, a visit's
// destination, or the dateline when the text says "here".
export function locationOf(
  s: SentenceInfo,
  text: string,
  mentions: SentenceMention[],
  ctx: ArticleContext,
  type: EventType,
): string | null {
  const places = mentions.filter((m) => m.entity.kind === "place");
  for (const p of places) {
    const before = s.text.slice(Math.max(0, p.start - 12), p.start);
    if (!/\b(?:in|at|to)\s+(?:the\s+)?(?:[\w’']+['’]s\s+)?$/.test(before)) continue;
    const owner = places.find(
      (o) => o.end <= p.start && /^['’]s\s+$/.test(s.text.slice(o.end, p.start)),
    );
    return owner ? `${p.entity.name}, ${owner.entity.name}` : p.entity.name;
  }
  if (type === "visit") {
    const dest = mentions.find(
      (m) =>
        (m.entity.kind === "country" || m.entity.kind === "place") &&
        /\b(?:to|in)\s+$/.test(s.text.slice(Math.max(0, m.start - 4), m.start)),
    );
    if (dest) return dest.entity.name;
  }
  if (/\bhere\b/.test(text) && ctx.dateline) return ctx.dateline.split(/[/]/)[0]?.trim() ?? null;
  return null;
}
