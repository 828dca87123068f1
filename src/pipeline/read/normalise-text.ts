// Input text cleaned of what no reader sees: byte-order marks, carriage returns, control
// characters and unpaired surrogates (which would make the JSON output invalid UTF-8).
// Bidirectional controls go too: an override (U+202E) or isolate (U+2066-U+2069) in a
// title or name would reorder the text shown around it wherever it is displayed.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Zero-width joiners (U+200C, U+200D) stay: Indic scripts and emoji need them.
const INVISIBLE = /[\uFEFF\u200B\u2060]/g;
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(INVISIBLE, "")
    .replace(BIDI_CONTROL, "")
    .replace(/\t/g, " ")
    .replace(CONTROL, "")
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ");
}

/** One line of readable text: runs of spaces collapsed, ends trimmed. */
export function tidyLine(line: string): string {
  return line.replace(/ {2,}/g, " ").trim();
}
