// Sentence boundaries inside a paragraph, with offsets, and which characters sit inside
// quotation marks (quoted speech is opinion unless it names a dated event).

export type Sentence = { text: string; start: number; end: number };

// Abbreviations that end in a period without ending the sentence.
const ABBREVIATIONS = new Set([
  "st",
  "lt",
  "gen",
  "col",
  "maj",
  "adm",
  "capt",
  "brig",
  "sgt",
  "cdr",
  "cmdr",
  "dr",
  "mr",
  "mrs",
  "ms",
  "prof",
  "rev",
  "hon",
  "no",
  "jr",
  "sr",
  "co",
  "inc",
  "ltd",
  "vs",
  "mt",
  "ft",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "u.s",
  "u.k",
  "u.n",
  "e.g",
  "i.e",
  "etc",
  "approx",
  "govt",
  "dept",
]);

export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(paragraph, 0);
  const boundary = /[.!?]+["”’)]*(?=\s+["“‘(]?[A-Z0-9–-])/g;
  for (let m = boundary.exec(paragraph); m; m = boundary.exec(paragraph)) {
    const end = m.index + m[0].length;
    if (isAbbreviation(paragraph, m.index)) continue;
    pushSentence(sentences, paragraph, start, end);
    start = skipSpace(paragraph, end);
  }
  pushSentence(sentences, paragraph, start, paragraph.trimEnd().length);
  return sentences;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number): void {
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? "")) i++;
  return i;
}

function isAbbreviation(text: string, dotIndex: number): boolean {
  if (text[dotIndex] !== ".") return false;
  const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dotIndex - 12), dotIndex));
  const word = before?.[1] ?? "";
  if (/^[A-Z]$/.test(word)) return true; // an initial: "S. Jaishankar"
  if (/^(?:[A-Z]\.)+[A-Z]$/.test(word)) return true; // initials written together: "R.K. Mathur"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** For each character of text, whether it lies inside a double-quoted passage. */
export function quotedMask(text: string): boolean[] {
  const mask: boolean[] = new Array<boolean>(text.length).fill(false);
  let inside = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "“") inside = true;
    else if (ch === "”") inside = false;
    else if (ch === '"') inside = !inside;
    else mask[i] = inside;
  }
  return mask;
}
