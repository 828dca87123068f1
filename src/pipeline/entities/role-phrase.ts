// Where the words describing a person start, counted back from a title: the earliest point
// from which everything up to the end of `text` is capitalised words ("Head", "Russia's"),
// connectors ("of the", "acting"), "and" between two offices, and commas, with any spaces
// between them. As a regex that is
//   /(?:(?:\p{Lu}[\p{L}\p{N}'’.&-]*|of|the|...|,)\s*)*$/u
// but a regex tried at every start splits a run of capitals ("INDIA AND RUSSIA SIGN") in
// exponentially many ways; this is the same language read by one right-to-left pass.

const CONNECTORS = [
  "of",
  "the",
  "his",
  "her",
  "their",
  "its",
  "counterpart",
  "counterparts",
  "delegation",
  "acting",
  "interim",
  "caretaker",
  "then",
  "former",
  "outgoing",
  "incoming",
];
// "Deputy Prime Minister and Defence Minister": "and" right after an office joins two of them.
const OFFICE_BEFORE_AND =
  /(?:Minister|Secretary|Chief|General|Admiral|Commander|President|Director|Adviser|Advisor|Marshal)\s$/;
const UPPER = /^\p{Lu}/u;
const WORD_CHAR = /^[\p{L}\p{N}'’.&-]/u;
const SPACE = /^\s/;

/** Offset in `text` where the describing words that run to its end begin (text.length if none). */
export function describingPhraseStart(text: string): number {
  const n = text.length;
  // ok[p]: from p, words and connectors run to the end. nextWord[p]: first non-space at or
  // after p. wordRest[p], for p inside a word: some split of the word from p onward ends a
  // capitalised word at a point where the rest is ok.
  const ok = new Uint8Array(n + 1);
  const nextWord = new Int32Array(n + 1);
  const wordRest = new Uint8Array(n + 1);
  ok[n] = 1;
  nextWord[n] = n;
  const okAfter = (end: number) => ok[nextWord[end] ?? n] === 1;
  let start = n;
  for (let p = n - 1; p >= 0; p--) {
    const code = text.charCodeAt(p);
    // The low half of a surrogate pair: neither a place to start nor a place to end.
    if (code >= 0xdc00 && code <= 0xdfff && p > 0 && isHighSurrogate(text.charCodeAt(p - 1)))
      continue;
    const char = String.fromCodePoint(text.codePointAt(p) ?? code);
    const next = p + char.length;
    if (SPACE.test(char)) {
      nextWord[p] = nextWord[next] ?? n;
      // Nothing spans a space, so a phrase reaching past it must go on from the next word.
      if (!okAfter(p)) break;
      continue;
    }
    nextWord[p] = p;
    const isWordChar = WORD_CHAR.test(char);
    const capitalised =
      UPPER.test(char) &&
      (isWordChar && WORD_CHAR.test(text.slice(next, next + 2))
        ? wordRest[next] === 1
        : okAfter(next));
    const found =
      capitalised ||
      (char === "," && okAfter(next)) ||
      CONNECTORS.some((w) => text.startsWith(w, p) && okAfter(p + w.length)) ||
      (text.startsWith("in", p) &&
        text[p + 2] === " " &&
        UPPER.test(text.slice(p + 3, p + 5)) &&
        okAfter(p + 2)) ||
      (text.startsWith("and", p) &&
        andJoinsOffices(text, p, nextWord[p + 3] ?? n) &&
        okAfter(p + 3));
    if (found) {
      ok[p] = 1;
      start = p;
    }
    if (isWordChar)
      wordRest[p] =
        found || (WORD_CHAR.test(text.slice(next, next + 2)) ? wordRest[next] === 1 : okAfter(next))
          ? 1
          : 0;
    // A character no word or connector contains ends every phrase that would cross it.
    else if (!found) break;
  }
  return start;
}

/** "and" at p, after an office and a space, before spaces and a capital or the end. */
function andJoinsOffices(text: string, p: number, wordAfter: number): boolean {
  return (
    OFFICE_BEFORE_AND.test(text.slice(Math.max(0, p - 10), p)) &&
    SPACE.test(text.slice(p + 3, p + 4)) &&
    (wordAfter === text.length || UPPER.test(text.slice(wordAfter, wordAfter + 2)))
  );
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
