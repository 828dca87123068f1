// A release names its speaker or signatories above the story, one office holder to a line or
// a block ("Press Statement" / "Jane Roe" / "Department Spokesperson"; "The Hon Jane Roe MP" /
// "Minister for Foreign Affairs"; "Joint statement from: Hon Jane Roe, Minister of Defence;
// ..."). Those lines are no story text, but they are the only place some of its officials are
// named in full: they are kept as extra paragraphs after the story, for the people in them.

import { roleWords } from "../entities/reference";
import type { Line } from "./story-layout";
import { GOES_ON, HEADER_SMALL_WORDS, HEADLINE_WORDS } from "../rules/header-offices";
import { wordCount } from "./word-count";

// An office word written as a title ("Minister", "Spokesperson"), anywhere in the block.
const OFFICE = new RegExp(
  `(?:^|[\\s,;:(])(?:${roleWords
    .filter((w) => /^[a-z]/.test(w))
    .map((w) => w.replace(/^./, (c) => c.toUpperCase()).replace(/[-\s]/g, "[-\\s]"))
    .join("|")})(?=$|[\\s,;:.)])`,
  "u",
);
// A block that opens with its office ("Minister for Foreign Affairs", "Department
// Spokesperson", "Deputy Prime Minister"): at most three words before the office word.
const OPENS_WITH_OFFICE = new RegExp(
  `^(?:\\S+\\s+){0,3}?${OFFICE.source.replace("(?:^|[\\s,;:(])", "")}`,
  "u",
);
// Two capitalised words in a row: the shape of a personal name, which a block must hold.
const NAME_SHAPE = /\p{Lu}[\p{Ll}'’-]+\s+(?:\p{Lu}\.?\s+)?\p{Lu}[\p{Ll}'’-]+/u;
const MAX_NAME_LINE_WORDS = 7;
// The office line under a name line is an office alone ("Minister for Foreign Affairs").
const MAX_OFFICE_LINE_WORDS = 6;
// Names and offices, not sentences: a block's lower-case words are all small words (a
// picture's caption above the story, "X shakes hands with Y", is a sentence).
export const isNamesAndOffices = (block: string) =>
  (block.match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu) ?? []).every((w) =>
    HEADER_SMALL_WORDS.has(w),
  );
const MAX_BLOCK_WORDS = 80;
// ... or a line printed at a fixed width, cut wherever the width ran out.
const WRAP_WIDTH = 40;
// Contact lines (telephone numbers) and bullet lists are no office holder's line.
const CONTACT = /\d{3}|[•·]/;

function blocksOf(lines: Line[], from: number, to: number): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length > 0) blocks.push(current.join(" "));
    current = [];
  };
  for (let i = from; i < to; i++) {
    const line = lines[i];
    // A label in capitals ("MEDIA STATEMENT") heads what follows; it names no one.
    if (line?.info?.kind !== "content" || !/\p{Ll}/u.test(line.text)) {
      close();
      continue;
    }
    const text = line.text.trim();
    const last = current.at(-1);
    // "Jane Roe" over "Department Spokesperson": two lines, two phrases.
    if (
      last !== undefined &&
      !GOES_ON.test(last) &&
      !(last.length >= WRAP_WIDTH && !/[.!?]$/.test(last)) &&
      !/^\p{Ll}/u.test(text)
    )
      current[current.length - 1] = `${last},`;
    current.push(text);
  }
  close();
  return blocks;
}

/** The office holders a page names above its story (lines between headline and body). */
export function headerOffices(
  lines: Line[],
  headlineAt: number | null,
  bodyStart: number,
): string[] {
  if (headlineAt === null) return [];
  const blocks = blocksOf(lines, headlineAt + 1, bodyStart);
  const kept: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    let block = blocks[i] ?? "";
    const next = blocks[i + 1];
    // "The Hon Jane Roe MP", a blank line, "Minister for Foreign Affairs".
    if (
      next !== undefined &&
      !block.includes(",") &&
      wordCount(block) <= MAX_NAME_LINE_WORDS &&
      wordCount(next) <= MAX_OFFICE_LINE_WORDS &&
      OPENS_WITH_OFFICE.test(next)
    ) {
      block = `${block}, ${next}`;
      i++;
    }
    if (
      wordCount(block) > MAX_BLOCK_WORDS ||
      CONTACT.test(block) ||
      !isNamesAndOffices(block) ||
      HEADLINE_WORDS.test(block) ||
      !OFFICE.test(block) ||
      !NAME_SHAPE.test(block)
    )
      continue;
    const text = /[.!?]$/.test(block) ? block : `${block.replace(/[,;:]$/, "")}.`;
    if (!kept.includes(text)) kept.push(text);
  }
  return kept;
}
