// Runs of characters without white space, found by one pass over the text: a regex that
// looks for a long run tries it again from every character of every word.

/** Whether the UTF-16 code unit is white space as a regex's `\s` reads it (no u flag). */
export function isRegExpSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether the text holds more than `length` code units in a row that are not white space. */
export function hasRunLongerThan(text: string, length: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isRegExpSpace(text.charCodeAt(i))) run = 0;
    else if (++run > length) return true;
  }
  return false;
}
