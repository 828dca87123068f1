import type { ReactNode } from "react";
import { stripBidiControls } from "./isolate-text";
import "./highlighted-text.css";

export type TextRange = { start: number; end: number };

type HighlightedTextProps = { text: string; hits?: readonly TextRange[] };

/**
 * A data string (a title, a quote, a name) shown isolated from the text around it, in a
 * <bdi> and without its own bidi controls, so a right-to-left override inside it cannot
 * reorder what follows; search hits marked. Hits are sorted, non-overlapping ranges into
 * `text` (the controls are removed from each piece, after cutting).
 */
export function HighlightedText({ text, hits = [] }: HighlightedTextProps) {
  if (hits.length === 0) return <bdi>{stripBidiControls(text)}</bdi>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of hits) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push(stripBidiControls(text.slice(at, start)));
    parts.push(
      <mark key={start} className="search-hit">
        {stripBidiControls(text.slice(start, end))}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(stripBidiControls(text.slice(at)));
  return <bdi>{parts}</bdi>;
}
