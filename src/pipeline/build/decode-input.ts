// Checks on one input file's bytes before it is read as an article: size, encoding,
// binary content, UTF-8 validity, emptiness. Pure, so the CLI's I/O stays thin and this
// stays testable.

import { InputError } from "./input-error";
import { legacyEncoding, wideUnicodeEncoding } from "./text-encoding";

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export function tooLarge(file: string, bytes: number): InputError {
  return new InputError(
    file,
    `file is ${(bytes / 1024 / 1024).toFixed(1)} MB; articles are limited to ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`,
  );
}

export function checkSize(file: string, bytes: number): void {
  if (bytes > MAX_ARTICLE_BYTES) throw tooLarge(file, bytes);
}

/** UTF-8 text of a file, or an InputError naming what the bytes are instead. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  const wide = wideUnicodeEncoding(bytes);
  if (wide) throw new InputError(file, `${wide} text; save it as UTF-8`);
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new InputError(
      file,
      "binary file (contains NUL bytes), not plain text",
      lineOfByte(bytes, nul),
    );
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder("utf-8").decode(bytes);
    const bad = loose.indexOf("\uFFFD");
    const line = bad < 0 ? null : loose.slice(0, bad).split("\n").length;
    const guess = legacyEncoding(bytes);
    const looks = guess ? ` (it looks like ${guess} text; save it as UTF-8)` : "";
    throw new InputError(file, `not valid UTF-8 text${looks}`, line);
  }
}

export function decodeArticle(file: string, bytes: Uint8Array): string {
  checkSize(file, bytes.length);
  const text = decodeUtf8(file, bytes);
  if (text.trim() === "") throw new InputError(file, "empty file");
  return text;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
