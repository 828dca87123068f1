// wink-nlp gives each token's text and the spaces before it, not its offset. Walking the
// paragraph with those recovers exact offsets, so every span found on tokens maps back to
// the characters the reader sees and highlights.

/** Start offset of each token; a token not found where expected gets a zero-width place. */
export function tokenOffsets(text: string, values: string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (const value of values) {
    let from = at;
    while (from < text.length && isSpace(text.charCodeAt(from))) from++;
    if (text.startsWith(value, from)) {
      out.push({ start: from, end: from + value.length });
      at = from + value.length;
      continue;
    }
    // The library normalises a few tokens (quotes, some contractions): look a little ahead,
    // and only there (a search of the whole rest per token was quadratic).
    const ahead = value.length > 0 ? text.slice(from, from + 8 + value.length).indexOf(value) : -1;
    const found = ahead >= 0 ? from + ahead : -1;
    if (found >= 0) {
      out.push({ start: found, end: found + value.length });
      at = found + value.length;
    } else out.push({ start: from, end: from });
  }
  return out;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}
