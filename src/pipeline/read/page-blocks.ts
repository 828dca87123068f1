// Furniture that only its neighbours reveal: a "Related News" header turns the short
// headline lines after it into links to other stories, a "Synopsis" header makes the
// line after it a summary rather than story text, and a "Support Our Journalism" header
// makes what follows an appeal to readers.

import type { LineInfo } from "./furniture";
import { furnitureWords, isStoryEnd } from "./furniture-words";
import type { Line } from "./story-layout";
import { wordCount } from "./word-count";
import { SENTENCE_END } from "./sentence-stop";

// The headers and the teaser's button: rules/en/page-furniture.json (relatedHeaders,
// standfirstHeaders, teaserButtons).
export const RELATED_HEADER = new RegExp(
  String.raw`^(?:${furnitureWords.relatedHeaders.join("|")})\s*:?$`,
  "i",
);
export const STANDFIRST_HEADER = new RegExp(
  String.raw`^(?:${furnitureWords.standfirstHeaders.join("|")})\s*:?$`,
  "i",
);
// An appeal to readers: its header, and the buttons that close it (the header's words
// often come back as the last button).
const APPEAL_HEADER =
  /^(?:support (?:our|quality|independent|good|fearless) journalism|support us|become a (?:member|subscriber))\s*[.!]?$/i;
const APPEAL_BUTTON = /^(?:subscribe (?:now|today)|contribute now|donate now)\s*[.!]?$/i;
const isAppealLine = (text: string) => APPEAL_HEADER.test(text) || APPEAL_BUTTON.test(text);
const MIN_STORY_WORDS = 6;
const MIN_STORY_QUESTION_WORDS = 20;
const MAX_LINK = 200;
// The button under a teaser: the line above it links to another story.
export const TEASER_BUTTON = new RegExp(
  String.raw`^(?:${furnitureWords.teaserButtons.join("|")})\s*(?:[»›>→]+)?$`,
  "i",
);

/** A line that reads as story text, which ends a run of related-story links. */
function isStoryText(text: string): boolean {
  if (text.length > MAX_LINK) return true;
  // Headlines may ask a question; a long question is a sentence of the story.
  if (/\?["”’)]?$/.test(text)) return wordCount(text) >= MIN_STORY_QUESTION_WORDS;
  return /[.!]["”’)]?$/.test(text) && wordCount(text) >= MIN_STORY_WORDS;
}

// A removed line keeps a source hint ("With inputs from PTI") but never a stamp: dates
// next to links belong to the linked stories.
function asFurniture(line: Line): Line {
  const info: LineInfo =
    line.info?.kind === "furniture" && line.info.source
      ? { kind: "furniture", source: line.info.source }
      : { kind: "furniture" };
  return { text: line.text, info };
}

export function markPageBlocks(lines: Line[]): Line[] {
  const out = [...lines];
  let storySeen = false;
  for (let i = 0; i < out.length; i++) {
    const line = out[i];
    if (line === undefined || line.info === null) continue;
    if (storySeen && isStoryEnd(line.text)) {
      // A release's closing mark: the rest of the page is the site's, not the story's.
      for (let j = i; j < out.length; j++) {
        const rest = out[j];
        if (rest?.info?.kind === "content") out[j] = asFurniture(rest);
      }
      break;
    } else if (TEASER_BUTTON.test(line.text)) {
      const teaser = out.findLastIndex((l, j) => j < i && l.info !== null);
      const above = out[teaser];
      if (above?.info?.kind === "content" && above.text.length <= MAX_LINK)
        out[teaser] = asFurniture(above);
    } else if (isAppealLine(line.text)) {
      out[i] = asFurniture(line);
      if (storySeen && APPEAL_HEADER.test(line.text)) i = markAppeal(out, i + 1);
    } else if (STANDFIRST_HEADER.test(line.text)) {
      out[i] = asFurniture(line);
      const next = out.findIndex((l, j) => j > i && l.info !== null);
      const summary = out[next];
      if (summary) out[next] = asFurniture(summary);
      i = next < 0 ? i : next;
    } else if (storySeen && RELATED_HEADER.test(line.text) && !SENTENCE_END.test(line.text)) {
      out[i] = asFurniture(line);
      i = markLinks(out, i + 1);
    } else if (line.info.kind === "content" && isStoryText(line.text)) storySeen = true;
  }
  markTrailingLinks(out);
  return out;
}

// A page that closes with a bulleted run of headlines after the story's last sentence, with
// no header over them ("- Fed raises interest rates to 22-year high"), lists other stories:
// a list the story itself gives is introduced by a line ending in a colon.
const LINK_ITEM = /^[-•·*]\s+\S/;
const MIN_TRAILING_LINKS = 3;

function markTrailingLinks(lines: Line[]): void {
  const content = lines.flatMap((l, i) => (l.info?.kind === "content" ? [i] : []));
  let k = content.length;
  while (k > 0) {
    const text = lines[content[k - 1] ?? -1]?.text ?? "";
    if (!LINK_ITEM.test(text) || isStoryText(text) || SENTENCE_END.test(text)) break;
    k--;
  }
  const run = content.slice(k);
  const before = lines[content[k - 1] ?? -1]?.text;
  if (run.length < MIN_TRAILING_LINKS || before === undefined) return;
  if (!isStoryText(before) || /:\s*$/.test(before)) return;
  for (const i of run) {
    const line = lines[i];
    if (line) lines[i] = asFurniture(line);
  }
}

/** Marks the links from `from` up to the next story text; returns the last index marked. */
function markLinks(lines: Line[], from: number): number {
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line.info === null) continue;
    if (line.info.kind === "content" && isStoryText(line.text)) break;
    lines[i] = asFurniture(line);
  }
  return i - 1;
}

/** Marks an appeal's text up to its last closing button (or to the end of the page when it
 * has none, as an appeal closes a page); returns the last index marked. */
function markAppeal(lines: Line[], from: number): number {
  const close = lines.findLastIndex((l, j) => j >= from && l.info !== null && isAppealLine(l.text));
  const end = close < 0 ? lines.length - 1 : close;
  for (let j = from; j <= end; j++) {
    const line = lines[j];
    if (line?.info) lines[j] = asFurniture(line);
  }
  return end;
}
