// Line numbers for JSON: where a parse error happened, and where the value at a given
// path sits, so errors in the editor's file can name the line to fix.

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): [line: number, column: number] {
  const before = text.slice(0, Math.min(offset, text.length));
  const lineStart = before.lastIndexOf("\n") + 1;
  return [before.split("\n").length, before.length - lineStart + 1];
}

/** Offset of a JSON.parse failure, from "at position N" (or the end of the text). */
export function parseErrorOffset(message: string, text: string): number {
  const m = /position (\d+)/.exec(message);
  return m?.[1] === undefined ? text.length : Number(m[1]);
}

/**
 * Offset of the key (or array element) at `path` in valid JSON text, or of the deepest
 * ancestor found. A small scanner: the text has already passed JSON.parse.
 */
export function offsetOfPath(text: string, path: readonly PropertyKey[]): number {
  let pos: number;
  let found = skipSpace(text, 0);
  for (const key of path) {
    pos = valueAfterKey(text, found);
    const next = childOffset(text, pos, key);
    if (next === null) return found;
    found = next;
  }
  return found;
}

function childOffset(text: string, pos: number, key: PropertyKey): number | null {
  const open = text[pos];
  if (open !== "{" && open !== "[") return null;
  let i = skipSpace(text, pos + 1);
  let index = 0;
  while (i < text.length && text[i] !== "}" && text[i] !== "]") {
    if (open === "{") {
      const keyEnd = skipString(text, i);
      const name = JSON.parse(text.slice(i, keyEnd)) as string;
      const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1);
      if (name === String(key)) return i;
      i = skipValue(text, valueStart);
    } else {
      if (index === Number(key)) return i;
      i = skipValue(text, i);
      index++;
    }
    i = skipSpace(text, i);
    if (text[i] === ",") i = skipSpace(text, i + 1);
  }
  return null;
}

/** For an object key, callers usually want the value: step past `"key":`. */
export function valueAfterKey(text: string, keyOffset: number): number {
  if (text[keyOffset] !== '"') return keyOffset;
  const keyEnd = skipString(text, keyOffset);
  const colon = skipSpace(text, keyEnd);
  return text[colon] === ":" ? skipSpace(text, colon + 1) : keyOffset;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i] ?? "")) i++;
  return i;
}

function skipString(text: string, i: number): number {
  i++;
  while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i + 1;
}

function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === "{" || c === "[") {
    let depth = 0;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (ch === '"') i = skipString(text, i) - 1;
      else if (ch === "{" || ch === "[") depth++;
      else if (ch === "}" || ch === "]") {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return i;
  }
  while (i < text.length && !/[,}\]\s]/.test(text[i] ?? "")) i++;
  return i;
}
